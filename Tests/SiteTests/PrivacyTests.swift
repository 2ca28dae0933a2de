import Testing
@testable import Site

@Suite struct PrivacyTests {
    @Test(arguments: [
        ("13900000001", "139****0001"),
        ("139 0000 0001", "139****0001"),
        ("139-0000-0001", "139****0001"),
        ("0519-88881234", "*********1234"),
        ("88881234", "****1234"),
        ("1234", "****"),
        ("12", "****"),
        ("", ""),
    ])
    func phonesAreMasked(phone: String, masked: String) {
        #expect(Privacy.maskPhone(phone) == masked)
    }

    @Test func noPhoneKeepsMoreThanItsLastFourDigits() {
        for phone in ["13912345678", "+86 139 1234 5678", "051988881234"] {
            let masked = Privacy.maskPhone(phone)
            #expect(masked.filter(\.isNumber).count <= 7)
            #expect(!masked.contains("1234567"))
        }
    }
}
