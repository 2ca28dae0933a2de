import Scoring

/// `site.yaml`: 标题 (required), 单位, 主题 (default "default").
enum SiteDecoder {
    static func decode(_ root: YAMLNode, schema: SchemaReader) -> SiteSettings? {
        guard let fields = Fields(root, path: "", allowed: ["标题", "单位", "主题"], schema: schema) else { return nil }
        let title = fields.text("标题", .name, required: true)
        let organization = fields.text("单位", .name)
        let theme = fields.text("主题", .name) ?? "default"
        if let node = fields.node("主题"), theme.isEmpty || theme.contains("/") || theme.hasPrefix(".") {
            schema.log.error(node.location, "“主题”应为 themes/ 下的文件夹名，实际为“\(theme)”")
        }
        guard let title else { return nil }
        return SiteSettings(title: title, organization: organization, theme: theme, location: .start(of: schema.file))
    }
}
