/// A position in a content file. Every value read from a record keeps one until the
/// scorecard prints it, so any figure or message can point at the exact line.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The path as the user should see it (relative to the current folder when possible).
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The start of a file, for problems that belong to the whole file.
    public static func start(of file: String) -> SourceLocation {
        SourceLocation(file: file, line: 1, column: 1)
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

extension CodingUserInfoKey {
    /// The file most locations of a stored value point into (a record's own file): a location in
    /// that file is stored without its path and gets it back from here when read, so a record's
    /// hundreds of locations do not each repeat the path.
    public static let sourceFile = CodingUserInfoKey(rawValue: "qunfang.sourceFile")!
}

/// Line, column, and the file unless it is the coder's `sourceFile`.
extension SourceLocation: Codable {
    private enum CodingKeys: String, CodingKey { case line, column, file }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        line = try container.decode(Int.self, forKey: .line)
        column = try container.decode(Int.self, forKey: .column)
        if let file = try container.decodeIfPresent(String.self, forKey: .file) {
            self.file = file
        } else if let file = decoder.userInfo[.sourceFile] as? String {
            self.file = file
        } else {
            throw DecodingError.keyNotFound(CodingKeys.file, .init(codingPath: decoder.codingPath,
                                                                   debugDescription: "no source file given"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encodeIfPresent(encoder.userInfo[.sourceFile] as? String == file ? nil : file, forKey: .file)
    }
}
