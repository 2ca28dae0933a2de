import ArgumentParser
import Site

/// The options of the commands that write the site (`build`, `serve`): where the records are,
/// where the site goes and where the themes are.
struct SiteOptions: ParsableArguments {
    @OptionGroup var records: ContentOptions

    @Option(help: ArgumentHelp("网站输出文件夹。", valueName: "文件夹"))
    var output: String = "site"

    @Option(help: ArgumentHelp("主题所在的文件夹（site.yaml 的“主题”在其中选择）。", valueName: "文件夹"))
    var themes: String = "themes"

    var pipeline: SitePipeline { SitePipeline(content: records.content, output: output, themes: themes, hooks: TestPause.hooks) }
}
