import Records
import RecordsFixture
import SampleContent
import Scoring
import Testing

/// Once validated, the model keeps no 住址, no 年龄 and a phone only masked (docs/safety.md §7),
/// so nothing made from it (the record cache, the site) can hold them; the warnings about them
/// are still given, at load time, without repeating the values.
@Suite struct MinimisationTests {
    /// Every text anywhere inside `value`, found by reflection: a field added to the model that
    /// kept a personal value would be found too.
    static func texts(in value: Any) -> [String] {
        if let text = value as? String { return [text] }
        return Mirror(reflecting: value).children.flatMap { texts(in: $0.value) }
    }

    @Test func theLoadedSampleHoldsOnlyMaskedPhones() throws {
        var files: [String: [UInt8]] = [:]
        for file in try SampleGenerator().files() { files["content/" + file.relativePath] = Array(file.text.utf8) }
        let personal = PersonalData(records: files.values.map { String(decoding: $0, as: UTF8.self) })
        #expect(personal.phones.count > 100 && personal.addresses.count > 100)
        let content = try #require(ContentLoader(fileSystem: .memory(files)).load(root: "content").content)
        let leaks = Self.texts(in: content).flatMap { personal.leaks(in: Array($0.utf8)) }
        #expect(leaks.isEmpty, "\(leaks.prefix(5))")
        let members = content.years.flatMap(\.records.communities).flatMap(\.teams).flatMap(\.members)
        #expect(Set(members.compactMap(\.maskedPhone)) == Set(personal.phones.map(PhoneMask.mask)))
    }

    @Test func warningsAreGivenBeforeTheValuesAreDropped() throws {
        let text = Fixtures.communityHead.replacingOccurrences(
            of: "{姓名: 张某, 电话: \"13900000001\"}", with: "{姓名: 张某, 年龄: 97, 电话: \"1395550\", 住址: 湖塘镇秘密路9号}")
        let result = Fixtures.load([Fixtures.community: text])
        let content = try #require(result.content)
        let warnings = result.diagnostics.filter { !$0.isError && $0.location.file == Fixtures.community }
        #expect(warnings.contains { $0.message.contains("年龄”不在 16–80 岁之间") })
        #expect(warnings.contains { $0.message.contains("电话”不像手机号") })
        #expect(!warnings.contains { $0.message.contains("97") || $0.message.contains("1395550") || $0.message.contains("秘密路") })
        let member = try #require(content.years.first?.records.communities.first?.teams.first?.members.first)
        #expect(member.maskedPhone == "***5550")
        #expect(!Self.texts(in: content).contains { $0.contains("1395550") || $0.contains("秘密路") })
    }
}
