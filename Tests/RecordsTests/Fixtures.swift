import Records
import RecordsFixture
import Scoring

/// A small valid `content/` folder, and helpers to break one file of it.
enum Fixtures {
    static let community = "content/2017/communities/hutang.yaml"
    static let year = "content/2017/year.yaml"
    static let police = "content/2017/police.yaml"
    static let site = "content/site.yaml"

    /// The community file's first lines: a valid record that the cases append to.
    static let communityHead = """
        社区: 湖塘社区
        队伍:
          - 名称: 专职队
            类型: 专职
            队员:
              - {姓名: 张某, 电话: "13900000001"}

        """

    /// The valid fixture's texts by path (shared with the fuzzer: `RecordsFixture`).
    static let files = ValidContent.texts

    /// The fixture with some files replaced (a nil value removes the file).
    static func content(_ changes: [String: String?] = [:]) -> [String: [UInt8]] {
        var result = files
        for (path, text) in changes { result[path] = text }
        return result.mapValues { Array($0.utf8) }
    }

    static func load(_ files: [String: [UInt8]]) -> LoadResult {
        ContentLoader(fileSystem: .memory(files)).load(root: "content")
    }

    static func load(_ changes: [String: String?] = [:]) -> LoadResult {
        load(content(changes))
    }
}
