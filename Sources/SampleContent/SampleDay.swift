/// A calendar day for the generator (the Scoring module's `Day` is not a dependency here:
/// this library depends on Foundation only).
struct SampleDay: Hashable, Comparable {
    let year: Int
    let month: Int
    let day: Int

    init(_ year: Int, _ month: Int, _ day: Int) {
        precondition(SampleDay.isValid(year, month, day), "invalid day \(year)-\(month)-\(day)")
        self.year = year
        self.month = month
        self.day = day
    }

    static func isValid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        (1...12).contains(month) && (1...daysIn(month: month, year: year)).contains(day)
    }

    /// The last day of `month` in `year`.
    static func lastDay(of month: Int, in year: Int) -> SampleDay {
        SampleDay(year, month, daysIn(month: month, year: year))
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `days` later (or earlier when negative).
    func adding(days: Int) -> SampleDay {
        var (y, m, d) = (year, month, day + days)
        while d > SampleDay.daysIn(month: m, year: y) {
            d -= SampleDay.daysIn(month: m, year: y)
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        while d < 1 {
            m -= 1
            if m < 1 { m = 12; y -= 1 }
            d += SampleDay.daysIn(month: m, year: y)
        }
        return SampleDay(y, m, d)
    }

    /// `YYYY-MM-DD`
    var text: String {
        var text = SampleDay.pad(year, 4)
        text += SampleDay.twoDigits[month]
        text += SampleDay.twoDigits[day]
        return text
    }

    /// "-01" … "-31", indexed by the number.
    private static let twoDigits: [String] = (0...31).map { "-" + pad($0, 2) }

    /// `YYYY-MM` of a month.
    static func monthText(_ year: Int, _ month: Int) -> String {
        "\(pad(year, 4))-\(pad(month, 2))"
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    static func < (lhs: SampleDay, rhs: SampleDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
