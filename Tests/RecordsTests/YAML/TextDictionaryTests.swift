import Records
import Testing

/// A `TextDictionary` finds exactly what a `[String: …]` finds (canonical equivalence), though
/// it hashes bytes.
@Suite struct TextDictionaryTests {
    @Test func chineseNamesAreFoundAndMissedAsByADictionary() {
        var phones = TextDictionary<String>()
        phones.updateValue("138****0001", forKey: "张伟")
        phones.updateValue("139****0002", forKey: "李娜")
        #expect(phones["张伟"] == "138****0001")
        #expect(phones["李娜"] == "139****0002")
        #expect(phones["王芳"] == nil)
        #expect(phones["张"] == nil)
        #expect(phones[""] == nil)
    }

    /// U+F900 is a CJK compatibility ideograph whose canonical decomposition is U+8C48: the two
    /// are `==` though their bytes differ, in either direction of key and lookup.
    @Test(arguments: [("\u{8C48}", "\u{F900}"), ("\u{F900}", "\u{8C48}"), ("\u{00C5}", "A\u{030A}"), ("A\u{030A}", "\u{00C5}")])
    func canonicallyEquivalentTextsAreOneKey(key: String, lookup: String) {
        var dictionary = TextDictionary<Int>()
        dictionary.updateValue(1, forKey: "张伟")
        dictionary.updateValue(2, forKey: key)
        #expect(key == lookup)
        #expect(dictionary[lookup] == 2)
        // Setting an equivalent text replaces the value of the key first added.
        dictionary.updateValue(3, forKey: lookup)
        #expect(dictionary[key] == 3)
        #expect(dictionary["张伟"] == 1)
    }

    @Test func updatingAKeyKeepsTheOthers() {
        var dictionary = TextDictionary<Int>()
        dictionary.updateValue(1, forKey: "队长")
        dictionary.updateValue(2, forKey: "队员")
        dictionary.updateValue(4, forKey: "队长")
        #expect(dictionary["队长"] == 4)
        #expect(dictionary["队员"] == 2)
        #expect(dictionary["组长"] == nil)
    }

    /// The first value added for a key stays, an equivalent spelling included (the roster's
    /// first phone of each name).
    @Test func addingIfAbsentKeepsTheFirstValue() {
        var dictionary = TextDictionary<String>()
        dictionary.addIfAbsent("138****0001", forKey: "张伟")
        dictionary.addIfAbsent("139****0002", forKey: "张伟")
        dictionary.addIfAbsent("一", forKey: "\u{8C48}")
        dictionary.addIfAbsent("二", forKey: "\u{F900}")
        #expect(dictionary["张伟"] == "138****0001")
        #expect(dictionary["\u{F900}"] == "一")
        dictionary.addIfAbsent("137****0003", forKey: "李娜")
        #expect(dictionary["李娜"] == "137****0003")
    }
}
