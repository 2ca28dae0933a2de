import Testing
@testable import Scoring

/// `PhoneMask.mask`: what the model keeps of a phone number, and its byte-level fast path.
@Suite struct PhoneMaskTests {
    @Test(arguments: [
        ("13900000001", "139****0001"), ("139 0000 0001", "139****0001"), ("139-0000-0001", "139****0001"),
        ("0519-88881234", "*********1234"), ("88881234", "****1234"), ("1234", "****"), ("12", "****"), ("", ""),
    ])
    func phonesAreMasked(phone: String, masked: String) {
        #expect(PhoneMask.mask(phone) == masked)
    }

    @Test func noPhoneKeepsMoreThanItsLastFourDigits() {
        for phone in ["13912345678", "+86 139 1234 5678", "051988881234"] {
            let masked = PhoneMask.mask(phone)
            #expect(masked.filter(\.isNumber).count <= 7)
            #expect(!masked.contains("1234567"))
        }
    }

    /// The byte-level fast path gives what the general rule gives.
    @Test(arguments: [
        ("13900000001", "139****0001"), ("139 0000 0001", "139****0001"), ("139-0000-0001", "139****0001"),
        ("0519-8888 1234", "*********1234"), ("1234", "****"), ("", ""), (" \t", ""), ("12345", "*2345"),
        ("1390000000１", "*******000１"), ("电话13900000001", "*********0001"),
    ])
    func masksLikeTheRule(phone: String, masked: String) {
        #expect(PhoneMask.mask(phone) == masked)
    }
}
