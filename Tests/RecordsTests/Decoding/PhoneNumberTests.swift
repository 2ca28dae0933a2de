@testable import Records
import Testing

@Suite struct PhoneNumberTests {
    @Test(arguments: [
        ("13900000001", true), ("0519-86543210", true), ("051986543210", true), ("010-1234567", true),
        ("1390000000", false), ("23900000001", false), ("139-0000-0001", false), ("0519-123", false),
        ("电话", false), ("", false),
    ])
    func plausibility(text: String, plausible: Bool) {
        #expect(PhoneNumber.isPlausible(text) == plausible)
    }

    @Test(arguments: [("hutang", true), ("xin-an", true), ("2nd", true), ("-a", false), ("HuTang", false),
                      ("hu_tang", false), ("湖塘", false), ("", false)])
    func slug(text: String, valid: Bool) {
        #expect(Slug.isValid(text) == valid)
    }
}
