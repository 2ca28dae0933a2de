@testable import Records
import Testing

/// The record cache's positional archive gives back what it was given, for the shapes of value
/// the model's types are made of.
@Suite struct RecordArchiveTests {
    struct Shapes: Codable, Equatable {
        var texts: [String?]
        var numbers: [Int?]
        var flags: [Bool?]
        var nested: [String: [String?]]
        var optional: String?
        var absent: Int?
        var empty: [String]
    }

    @Test func optionalsInsideCollectionsRoundTrip() throws {
        let value = Shapes(texts: ["张伟", nil, "", "null"], numbers: [1, nil, -7], flags: [true, nil, false],
                           nested: ["队员": ["李娜", nil]], optional: "备注", absent: nil, empty: [])
        let bytes = try RecordArchiveEncoder.encode(value, userInfo: [:])
        let decoded = try RecordArchiveDecoder.decode(Shapes.self, from: bytes, userInfo: [:])
        #expect(decoded == value)
    }
}
