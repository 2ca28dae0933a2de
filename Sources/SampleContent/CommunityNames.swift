/// The town's fictional communities: names, SLUGs (their pinyin) and police stations.
enum CommunityNames {
    /// The 44 sample communities of Hutang town, in the office's usual order.
    static let sample: [(stem: String, slug: String)] = [
        ("湖塘", "hutang"), ("花园", "huayuan"), ("新城", "xincheng"), ("府北", "fubei"),
        ("府南", "funan"), ("星河", "xinghe"), ("丰乐", "fengle"), ("长虹", "changhong"),
        ("聚湖", "juhu"), ("人民", "renmin"), ("古方", "gufang"), ("东方", "dongfang"),
        ("西湖", "xihu"), ("南湖", "nanhu"), ("北港", "beigang"), ("清风", "qingfeng"),
        ("明月", "mingyue"), ("翠竹", "cuizhu"), ("桃园", "taoyuan"), ("柳营", "liuying"),
        ("梅林", "meilin"), ("荷塘", "hetang"), ("锦绣", "jinxiu"), ("阳光", "yangguang"),
        ("和平", "heping"), ("永安", "yong-an"), ("兴隆", "xinglong"), ("富民", "fumin"),
        ("振兴", "zhenxing"), ("康乐", "kangle"), ("吉祥", "jixiang"), ("宝塔", "baota"),
        ("龙湖", "longhu"), ("凤凰", "fenghuang"), ("青年", "qingnian"), ("文化", "wenhua"),
        ("建设", "jianshe"), ("新华", "xinhua"), ("金鸡", "jinji"), ("银河", "yinhe"),
        ("晨光", "chenguang"), ("春江", "chunjiang"), ("紫荆", "zijing"), ("天安", "tian-an"),
    ]

    /// Fictional police stations; each community belongs to one, in blocks.
    static let stations = ["湖塘派出所", "府北派出所", "星河派出所", "淹城派出所"]

    static let surnames = [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
        "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
        "蒋", "蔡", "陆", "钱", "沈", "顾", "盛", "恽",
    ]

    static let roads = ["延政路", "花园街", "湖滨路", "府前路", "聚湖路", "长虹路", "人民路", "星河大道", "丰乐路", "古方路"]

    /// The stem (name without 社区) and SLUG of community `index` when `count` are generated:
    /// the sample names for the usual 44, generated ones (`c00001` …) for any other count.
    static func identity(index: Int, count: Int) -> (name: String, stem: String, slug: String) {
        let base = sample[index % sample.count]
        if count == sample.count {
            return (base.stem + "社区", base.stem, base.slug)
        }
        let number = SampleDay.pad(index + 1, 5)
        let stem = base.stem + String(index / sample.count + 1)
        return (stem + "社区", stem, "c" + number)
    }

    /// The station of community `index`: four blocks of consecutive communities.
    static func station(index: Int, count: Int) -> String {
        let perStation = max(1, (count + stations.count - 1) / stations.count)
        return stations[min(stations.count - 1, index / perStation)]
    }

    /// 姓名 as the office anonymises it: 王某 or 王某某.
    static let personNames: [String] = surnames.map { $0 + "某" } + surnames.map { $0 + "某某" }
}
