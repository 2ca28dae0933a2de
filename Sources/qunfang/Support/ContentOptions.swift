import ArgumentParser
import Records
import Scoring

/// The `--content` option shared by every command that reads records.
struct ContentOptions: ParsableArguments {
    /// Kept relative to the current folder, so every diagnostic's path is (README, “检查记录”).
    @Option(name: .long, help: ArgumentHelp("记录所在的文件夹。", valueName: "文件夹"),
            transform: DisplayPath.relativeToCurrentFolder)
    var content: String = "content"

    /// Loads and validates everything, prints every diagnostic to standard error, and stops the
    /// command with exit status 1 when any of them is an error. With `year`, the warnings printed
    /// are only those of that year's folder (`score --year 2018` is not about 2017's records);
    /// errors are printed wherever they are, since any of them stops the command.
    func loadOrExit(warningsOfYear year: Int? = nil) throws -> Content {
        let result = ContentLoader(fileSystem: .local).load(root: content)
        let folder = year.map { "\(content)/\($0)/" }
        DiagnosticPrinter.print(result.diagnostics.filter { diagnostic in
            guard let folder, !diagnostic.isError else { return true }
            return diagnostic.location.file.hasPrefix(folder)
        })
        guard let loaded = result.content, !result.hasErrors else {
            DiagnosticPrinter.printSummary(result.diagnostics)
            throw ExitCode(1)
        }
        return loaded
    }
}
