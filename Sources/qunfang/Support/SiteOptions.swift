import Foundation
import ArgumentParser
import Site

/// The options of the commands that write the site (`build`, `serve`): where the records are,
/// where the site goes and where the themes are.
struct SiteOptions: ParsableArguments {
    @OptionGroup var records: ContentOptions

    /// Without trailing slashes, so messages name it once: `--output site//` is `site`.
    @Option(help: ArgumentHelp("网站输出文件夹。", valueName: "文件夹"), transform: DisplayPath.withoutTrailingSlashes)
    var output: String = "site"

    @Option(help: ArgumentHelp("主题所在的文件夹（site.yaml 的“主题”在其中选择）；默认为记录文件夹旁的 themes。",
                               valueName: "文件夹"), transform: DisplayPath.withoutTrailingSlashes)
    var themes: String?

    /// `--themes`, or the project's `themes/` beside the content folder, wherever the command
    /// runs from: `qunfang build --content /项目/content` finds `/项目/themes`.
    var themesFolder: String {
        if let themes { return themes }
        let parent = (records.content as NSString).deletingLastPathComponent
        return parent.isEmpty ? "themes" : parent + "/themes"
    }

    var pipeline: SitePipeline {
        SitePipeline(content: records.content, output: output, themes: themesFolder, hooks: TestPause.hooks)
    }
}
