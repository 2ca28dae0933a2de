import Scoring

/// 队伍 (附件2): teams with their members. Warns about ages outside 16–80 and malformed phones,
/// then keeps only what the model needs (docs/safety.md §7): no 年龄, no 住址, the phone masked.
/// The warnings do not repeat the values either, since they are kept in the record cache.
enum RosterDecoder {
    static let teamKeys = ["名称", "类型", "队员"]
    static let memberKeys = ["姓名", "年龄", "电话", "职务", "住址", "加入", "退出"]
    /// The ages a patrol member is expected to have; outside them is a warning, not an error.
    static let plausibleAges = 16...80

    static func decode(_ fields: Fields, scope: YearScope) -> [Team] {
        let rulebook = scope.rulebook
        return fields.records("队伍", allowed: teamKeys).compactMap { team -> Team? in
            let name = team.text("名称", .name, required: true)
            let type = team.word("类型", from: rulebook.teamTypes, vocabularyName: "队伍类型", required: true)
            let members = team.records("队员", allowed: memberKeys).compactMap { decodeMember($0, rulebook: rulebook) }
            guard let name, let type else { return nil }
            return Team(name: name, type: type, members: members, location: team.location)
        }
    }

    private static func decodeMember(_ member: Fields, rulebook: Rulebook) -> Member? {
        let log = member.schema.log
        let name = member.text("姓名", .name, required: true)
        let age = member.count("年龄")
        if let age, !plausibleAges.contains(age), let node = member.node("年龄") {
            log.warning(node.location, "“\(member.name("年龄"))”不在 \(plausibleAges.lowerBound)–\(plausibleAges.upperBound) 岁之间",
                        hint: "请核对年龄")
        }
        let phone = member.text("电话", .name)
        if let phone, !PhoneNumber.isPlausible(phone), let node = member.node("电话") {
            log.warning(node.location, "“\(member.name("电话"))”不像手机号或固定电话",
                        hint: "手机号为 11 位数字（如 13900000001），固定电话如 0519-86543210")
        }
        let role = member.word("职务", from: rulebook.roles, vocabularyName: "职务") ?? "队员"
        let joined = member.day("加入")
        let left = member.day("退出")
        if let joined, let left, left <= joined, let node = member.node("退出") {
            log.error(node.location, "“\(member.name("退出"))” \(left) 不晚于加入日期 \(joined)")
        }
        _ = member.text("住址", .line)   // checked, then dropped
        guard let name else { return nil }
        return Member(name: name, maskedPhone: phone.map(PhoneMask.mask), role: role,
                      joined: joined, left: left, location: member.location)
    }
}

/// The phone numbers the roster accepts without a warning.
enum PhoneNumber {
    /// An 11-digit mobile `1XXXXXXXXXX`, or a landline with area code: `0519-86543210`,
    /// `051986543210` (area code 3–4 digits starting with 0, number 7–8 digits).
    /// Read on the UTF-8 bytes: every accepted shape is ASCII digits and at most one `-`.
    static func isPlausible(_ text: String) -> Bool {
        ValueText.withBytes(text, isPlausible)
    }

    private static func isPlausible(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        guard bytes.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: "-") }) else { return false }
        guard let dash = bytes.firstIndex(of: UInt8(ascii: "-")) else {
            if bytes.count == 11 && bytes.first == UInt8(ascii: "1") { return true }
            return bytes.first == UInt8(ascii: "0") && (10...12).contains(bytes.count)
        }
        let area = bytes[..<dash], number = bytes[(dash + 1)...]
        return !number.contains(UInt8(ascii: "-")) && area.first == UInt8(ascii: "0")
            && (3...4).contains(area.count) && (7...8).contains(number.count)
    }
}
