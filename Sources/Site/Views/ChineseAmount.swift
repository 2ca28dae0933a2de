import Scoring

/// The amount in capital Chinese numerals (大写金额), as finance forms write it beside the
/// figures: 20000.00 → 贰万元整, 10203.04 → 壹万零贰佰零叁元零肆分.
enum ChineseAmount {
    static let digits = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
    static let units = ["", "拾", "佰", "仟"]
    static let groups = ["", "万", "亿", "万亿"]

    static func words(_ money: Money) -> String {
        let fen = max(0, money.fen)
        let yuan = fen / 100, jiao = (fen / 10) % 10, cents = fen % 10
        var text = yuan > 0 ? integer(yuan) + "元" : ""
        if jiao == 0 && cents == 0 { return (text.isEmpty ? "零元" : text) + "整" }
        if jiao > 0 { text += digits[jiao] + "角" } else if !text.isEmpty { text += "零" }
        text += cents > 0 ? digits[cents] + "分" : "整"
        return text
    }

    static func integer(_ value: Int) -> String {
        let figures = String(value).compactMap { $0.wholeNumberValue }
        var text = ""
        var zeroPending = false
        var groupHasDigit = false
        for (index, digit) in figures.enumerated() {
            let position = figures.count - 1 - index
            if digit == 0 {
                zeroPending = true
            } else {
                if zeroPending && !text.isEmpty { text += "零" }
                zeroPending = false
                groupHasDigit = true
                text += digits[digit] + units[position % 4]
            }
            if position % 4 == 0 {
                if groupHasDigit && position / 4 < groups.count { text += groups[position / 4] }
                groupHasDigit = false
            }
        }
        return text.isEmpty ? "零" : text
    }
}
