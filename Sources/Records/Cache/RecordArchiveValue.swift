import Foundation
import Scoring

/// Arrays, dictionaries and optionals, written by the archive itself with their count or a
/// presence flag: their own `Codable` conformances rely on a self-describing format (a keyed
/// container's keys, an unkeyed container's end), which the positional archive does not keep.
protocol RecordArchiveValue {
    func archive(into encoder: RecordArchiveEncoder) throws
    static func unarchive(from decoder: RecordArchiveDecoder) throws -> Self
}

extension RecordArchiveValue {
    /// `value` (of this very type, boxed) archived: the cast back to `Self` only compares types,
    /// unlike a cast of the value to `any RecordArchiveValue`, which looks up its conformance.
    static func archive(boxed value: Any, into encoder: RecordArchiveEncoder) throws {
        try (value as! Self).archive(into: encoder)
    }
}

/// Which types are `RecordArchiveValue`s, found once per type for the whole process (by the
/// encoder and the decoder). The cast `as? any RecordArchiveValue.Type` checks the conditional
/// conformances (an array's elements `Codable`) in the runtime's tables on every call: it was a
/// twentieth of a rebuild's work at 1,000 communities, where the kept identities and police
/// figures are decoded, and a hundredth of a full build, where every record is encoded.
enum ArchiveValueTypes {
    private static let lock = NSLock()
    /// Guarded by `lock`.
    nonisolated(unsafe) private static var known: [ObjectIdentifier: (any RecordArchiveValue.Type)?] = [:]

    static func archiveValue(_ type: Any.Type) -> (any RecordArchiveValue.Type)? {
        let key = ObjectIdentifier(type)
        if let found = lock.withLock({ known[key] }) { return found }
        let found = type as? any RecordArchiveValue.Type
        lock.withLock { known[key] = .some(found) }
        return found
    }
}

extension Array: RecordArchiveValue where Element: Codable {
    func archive(into encoder: RecordArchiveEncoder) throws {
        encoder.write(integer: count)
        for element in self { try encoder.write(element) }
    }

    static func unarchive(from decoder: RecordArchiveDecoder) throws -> [Element] {
        let count = try decoder.read(integer: Int.self)
        guard count >= 0 else { throw RecordArchiveError.damaged }
        var elements: [Element] = []
        elements.reserveCapacity(Swift.min(count, 4096))
        for _ in 0..<count { elements.append(try decoder.read(Element.self)) }
        return elements
    }
}

extension Dictionary: RecordArchiveValue where Key: Codable, Value: Codable {
    func archive(into encoder: RecordArchiveEncoder) throws {
        encoder.write(integer: count)
        for (key, value) in self {
            try encoder.write(key)
            try encoder.write(value)
        }
    }

    static func unarchive(from decoder: RecordArchiveDecoder) throws -> [Key: Value] {
        let count = try decoder.read(integer: Int.self)
        guard count >= 0 else { throw RecordArchiveError.damaged }
        var dictionary: [Key: Value] = [:]
        for _ in 0..<count {
            let key = try decoder.read(Key.self)
            guard dictionary.updateValue(try decoder.read(Value.self), forKey: key) == nil else {
                throw RecordArchiveError.damaged
            }
        }
        return dictionary
    }
}

extension Optional: RecordArchiveValue where Wrapped: Codable {
    func archive(into encoder: RecordArchiveEncoder) throws { try encoder.writeIfPresent(self) }

    static func unarchive(from decoder: RecordArchiveDecoder) throws -> Wrapped? {
        try decoder.readIfPresent(Wrapped.self)
    }
}

// The most frequent values of a record, written directly rather than through `Codable`'s
// containers (which allocate a box per value): about half of a record's values are locations
// and days. Each writes the same fields its `Codable` conformance does.

extension SourceLocation: RecordArchiveValue {
    func archive(into encoder: RecordArchiveEncoder) throws {
        encoder.write(integer: line)
        encoder.write(integer: column)
        try encoder.writeIfPresent(encoder.userInfo[.sourceFile] as? String == file ? nil : file)
    }

    static func unarchive(from decoder: RecordArchiveDecoder) throws -> SourceLocation {
        let line = try decoder.read(integer: Int.self)
        let column = try decoder.read(integer: Int.self)
        guard let file = try decoder.readIfPresent(String.self) ?? decoder.userInfo[.sourceFile] as? String else {
            throw RecordArchiveError.damaged
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}

extension Day: RecordArchiveValue {
    func archive(into encoder: RecordArchiveEncoder) throws {
        encoder.write(integer: year * 10_000 + month * 100 + day)
    }

    static func unarchive(from decoder: RecordArchiveDecoder) throws -> Day {
        let number = try decoder.read(integer: Int.self)
        guard let day = Day(year: number / 10_000, month: number / 100 % 100, day: number % 100) else {
            throw RecordArchiveError.damaged
        }
        return day
    }
}

extension Month: RecordArchiveValue {
    func archive(into encoder: RecordArchiveEncoder) throws {
        encoder.write(integer: year * 100 + month)
    }

    static func unarchive(from decoder: RecordArchiveDecoder) throws -> Month {
        let number = try decoder.read(integer: Int.self)
        guard let month = Month(year: number / 100, month: number % 100) else { throw RecordArchiveError.damaged }
        return month
    }
}

extension Points: RecordArchiveValue {
    func archive(into encoder: RecordArchiveEncoder) throws { encoder.write(integer: tenths) }

    static func unarchive(from decoder: RecordArchiveDecoder) throws -> Points {
        Points(tenths: try decoder.read(integer: Int.self))
    }
}

// A roster member and a duty slot are most of a record's entries (some 80 members and 30 slots
// per community in the generated content): written field by field too. A field added to either
// type must be added here; `RecordCacheTests` round-trips every record of the sample content.

extension Member: RecordArchiveValue {
    func archive(into encoder: RecordArchiveEncoder) throws {
        encoder.write(name)
        try encoder.writeIfPresent(maskedPhone)
        encoder.write(role)
        try encoder.writeIfPresent(joined)
        try encoder.writeIfPresent(left)
        try location.archive(into: encoder)
    }

    static func unarchive(from decoder: RecordArchiveDecoder) throws -> Member {
        let name = try decoder.read(String.self)
        let maskedPhone = try decoder.readIfPresent(String.self)
        let role = try decoder.read(String.self)
        let joined = try decoder.readIfPresent(Day.self)
        let left = try decoder.readIfPresent(Day.self)
        return Member(name: name, maskedPhone: maskedPhone, role: role, joined: joined, left: left,
                      location: try SourceLocation.unarchive(from: decoder))
    }
}

extension DutySlot: RecordArchiveValue {
    func archive(into encoder: RecordArchiveEncoder) throws {
        try date.archive(into: encoder)
        encoder.write(time)
        encoder.write(integer: people.count)
        for person in people { encoder.write(person) }
        try encoder.writeIfPresent(area)
        try location.archive(into: encoder)
    }

    static func unarchive(from decoder: RecordArchiveDecoder) throws -> DutySlot {
        let date = try Day.unarchive(from: decoder)
        let time = try decoder.read(String.self)
        let count = try decoder.read(integer: Int.self)
        guard (0...10_000).contains(count) else { throw RecordArchiveError.damaged }
        var people: [String] = []
        people.reserveCapacity(count)
        for _ in 0..<count { people.append(try decoder.read(String.self)) }
        let area = try decoder.readIfPresent(String.self)
        return DutySlot(date: date, time: time, people: people, area: area, location: try SourceLocation.unarchive(from: decoder))
    }
}

// police.yaml's figures: one entry per community, 10,000 of them decoded on one thread in every
// rebuild (its kept outcome). Written field by field, in the order `Codable` writes them and
// through the same array conformance, so the bytes are the same.

extension CaseCounts: RecordArchiveValue {
    func archive(into encoder: RecordArchiveEncoder) throws {
        try thisYear.archive(into: encoder)
        try lastYear.archive(into: encoder)
    }

    static func unarchive(from decoder: RecordArchiveDecoder) throws -> CaseCounts {
        let thisYear = try [Int].unarchive(from: decoder)
        return CaseCounts(thisYear: thisYear, lastYear: try [Int].unarchive(from: decoder))
    }
}

extension PoliceFigures: RecordArchiveValue {
    func archive(into encoder: RecordArchiveEncoder) throws {
        try propertyCrime.archive(into: encoder)
        try telecomFraud.archive(into: encoder)
        try platformScores.archive(into: encoder)
        try location.archive(into: encoder)
    }

    static func unarchive(from decoder: RecordArchiveDecoder) throws -> PoliceFigures {
        let propertyCrime = try CaseCounts.unarchive(from: decoder)
        let telecomFraud = try CaseCounts.unarchive(from: decoder)
        let platformScores = try [Points].unarchive(from: decoder)
        return PoliceFigures(propertyCrime: propertyCrime, telecomFraud: telecomFraud, platformScores: platformScores,
                             location: try SourceLocation.unarchive(from: decoder))
    }
}
