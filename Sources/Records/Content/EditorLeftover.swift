/// Files an editor or the system leaves beside the ones a user edits: backups (`hutang.yaml~`,
/// `hutang.yaml.bak`, `#hutang.yaml#`), swap files (`.hutang.yaml.swp`), `.DS_Store` and any
/// other hidden file. They are skipped with a warning, never read as records: one such file must
/// not stop every build with “扩展名不对”, nor be published as a page.
enum EditorLeftover {
    static func matches(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".bak") || name.hasSuffix(".swp")
            || name.hasSuffix(".swo") || (name.count > 1 && name.hasPrefix("#") && name.hasSuffix("#"))
    }
}

extension ContentFiles {
    /// The folder's entries without editor leftovers, each leftover warned about at its path.
    func listSkippingLeftovers(_ relative: String) -> [FileSystem.Entry]? {
        guard let entries = list(relative) else { return nil }
        return entries.filter { entry in
            guard EditorLeftover.matches(entry.name) else { return true }
            log.warning(.start(of: path(relative + "/" + entry.name)),
                        "已跳过“\(SitePathName.shown(entry.name))”：这是编辑器或系统留下的备份、临时或隐藏文件，不作为记录读取",
                        hint: "不需要时可以删除它")
            return false
        }
    }
}
