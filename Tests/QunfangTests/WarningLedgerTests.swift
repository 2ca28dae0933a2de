import Scoring
import Testing
@testable import qunfang

/// `serve` lists on each rebuild only the warnings the last build did not have.
@Suite struct WarningLedgerTests {
    static func warning(_ line: Int) -> Diagnostic { .warning(SourceLocation(file: "content/a.yaml", line: line, column: 1), "警告 \(line)") }

    @Test func aRebuildListsOnlyWhatChanged() {
        let ledger = WarningLedger()
        let first = ledger.sift([Self.warning(1), Self.warning(2)])
        #expect(first.new == [Self.warning(1), Self.warning(2)] && first.repeated == 0)
        let same = ledger.sift([Self.warning(1), Self.warning(2)])
        #expect(same.new.isEmpty && same.repeated == 2)
        let edited = ledger.sift([Self.warning(2), Self.warning(3)])
        #expect(edited.new == [Self.warning(3)] && edited.repeated == 1)
        // A warning that went away and came back is shown again.
        #expect(ledger.sift([Self.warning(1)]).new == [Self.warning(1)])
    }
}
