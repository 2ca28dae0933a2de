import Scoring

/// File access for one load: paths relative to the content root, read strictly (size limit,
/// UTF-8, YAML), with every failure reported as a diagnostic at the file.
struct ContentFiles {
    let fileSystem: FileSystem
    let root: String
    let log: DiagnosticLog

    /// `root` joined with `relative`, as diagnostics print it.
    func path(_ relative: String) -> String {
        if relative.isEmpty { return root }
        if root.isEmpty { return relative }
        return root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    /// What to do about a refused symbolic link, after the message naming it.
    static let linkHint = "记录文件夹中的符号链接只能指向记录文件夹之内的文件；请把文件本身复制进来，或删除这个链接"

    /// A folder's entries; nil when it does not exist (or cannot be listed: reported). Every
    /// symbolic link in it that the file system refuses is reported at the link (hidden names
    /// aside, which are never read) and stays in the list as `.refusedLink`, so a caller looking
    /// for a required file knows it was already reported.
    func list(_ relative: String) -> [FileSystem.Entry]? {
        do {
            let entries = try fileSystem.list(path(relative))
            for entry in entries ?? [] where !entry.name.hasPrefix(".") {
                if case .refusedLink(let reason) = entry.kind {
                    log.error(.start(of: path(relative.isEmpty ? entry.name : relative + "/" + entry.name)), reason,
                              hint: Self.linkHint)
                }
            }
            return entries
        } catch let error as FileSystemError {
            report(error, at: path(relative), reading: "无法读取文件夹")
        } catch {
            log.error(.start(of: path(relative)), "无法读取文件夹")
        }
        return nil
    }

    /// A read failure, at the refused link when that is the reason, else at the path read.
    private func report(_ error: FileSystemError, at file: String, reading: String) {
        if let link = error.link {
            log.error(.start(of: link), error.message, hint: Self.linkHint)
        } else {
            log.error(.start(of: file), "\(reading)：\(error.message)")
        }
    }

    /// A Markdown file's text, strictly UTF-8 and free of control characters other than tabs
    /// and line ends; nil (reported) when it cannot be read or holds one.
    func markdown(_ relative: String) -> SourceText? {
        guard let bytes = bytes(relative), let source = SourceText(file: path(relative), raw: bytes, log: log) else {
            return nil
        }
        let found = source.bytes.withUnsafeBufferPointer { ControlCharacter.first(in: $0, allowed: [0x09, 0x0A, 0x0D]) }
        if let (control, offset) = found {
            log.error(SourceText.location(ofByte: offset, in: source.bytes, file: source.file),
                      "文字中有控制字符 \(control.name)，不能使用", hint: "删除它（编辑器中可能显示为空白或方框）")
            return nil
        }
        return source
    }

    /// A file's bytes, within the size limit; nil (reported) when it cannot be read.
    func bytes(_ relative: String) -> [UInt8]? {
        let file = path(relative)
        // Refused from its size when the file system knows it, before a byte is read: a 100 MB
        // file must not be loaded into memory only to be turned away. The disk's `read` does
        // that itself.
        if !fileSystem.readRefusesOversized, let size = try? fileSystem.size(file), size > YAMLLimits.maximumFileSize {
            reportOversized(file, size: size)
            return nil
        }
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(file)
        } catch let error as FileSystemError {
            if let size = error.size {
                reportOversized(file, size: size)
            } else {
                report(error, at: file, reading: "无法读取文件")
            }
            return nil
        } catch {
            log.error(.start(of: file), "无法读取文件")
            return nil
        }
        guard bytes.count <= YAMLLimits.maximumFileSize else {
            reportOversized(file, size: bytes.count)
            return nil
        }
        return bytes
    }

    /// `size` in MiB with one decimal, rounded up, so 10 MiB and one byte does not read "10 MiB".
    private func reportOversized(_ file: String, size: Int) {
        let mebibyte = 1024 * 1024
        var (whole, tenth) = (size / mebibyte, (size % mebibyte * 10 + mebibyte - 1) / mebibyte)
        if tenth == 10 { (whole, tenth) = (whole + 1, 0) }
        log.error(.start(of: file), "文件过大（\(whole).\(tenth) MiB），超过 \(YAMLLimits.maximumFileSize / mebibyte) MiB 的上限",
                  hint: "记录文件通常不到 1 MiB，请检查文件是否被错误生成")
    }

    /// A YAML file's root node with a schema reader over it; nil (reported) when unreadable.
    func yaml(_ relative: String, maximumNodes: Int = YAMLLimits.maximumNodes) -> (YAMLNode, SchemaReader)? {
        guard let bytes = bytes(relative) else { return nil }
        return yaml(relative, bytes: bytes, maximumNodes: maximumNodes)
    }

    /// The same, from the file's bytes already read.
    func yaml(_ relative: String, bytes: [UInt8], maximumNodes: Int = YAMLLimits.maximumNodes) -> (YAMLNode, SchemaReader)? {
        guard let source = SourceText(file: path(relative), raw: bytes, log: log),
              let root = YAMLReader.read(source, log: log, maximumNodes: maximumNodes) else { return nil }
        return (root, SchemaReader(source: source, log: log))
    }
}
