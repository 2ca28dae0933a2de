import Testing
@testable import Site

/// The byte-level fast path of `Privacy.maskPhone` gives what the general rule gives.
@Suite struct PhoneMaskTests {
    @Test(arguments: [
        ("13900000001", "139****0001"), ("139 0000 0001", "139****0001"), ("139-0000-0001", "139****0001"),
        ("0519-8888 1234", "*********1234"), ("1234", "****"), ("", ""), (" \t", ""), ("12345", "*2345"),
        ("1390000000１", "*******000１"), ("电话13900000001", "*********0001"),
    ])
    func masksLikeTheRule(phone: String, masked: String) {
        #expect(Privacy.maskPhone(phone) == masked)
    }
}
