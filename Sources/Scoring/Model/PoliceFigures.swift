/// A police station's figures for one community (`police.yaml`, 考核方法 3).
public struct PoliceFigures: Hashable, Sendable, Codable {
    /// 侵财: the five property-crime kinds (抢劫、抢夺、盗窃、诈骗、敲诈勒索).
    public var propertyCrime: CaseCounts
    /// 通讯网络诈骗: network, phone and SMS fraud.
    public var telecomFraud: CaseCounts
    /// 平台考核数, one per quarter, Q1 first.
    public var platformScores: [Points]
    /// The community's entry in police.yaml.
    public var location: SourceLocation

    public init(propertyCrime: CaseCounts, telecomFraud: CaseCounts, platformScores: [Points],
                location: SourceLocation) {
        self.propertyCrime = propertyCrime
        self.telecomFraud = telecomFraud
        self.platformScores = platformScores
        self.location = location
    }
}

/// Monthly case counts, January first, for this year (本年) and last year (上年).
public struct CaseCounts: Hashable, Sendable, Codable {
    public var thisYear: [Int]
    public var lastYear: [Int]

    public init(thisYear: [Int], lastYear: [Int]) {
        self.thisYear = thisYear
        self.lastYear = lastYear
    }

    /// Sums over the first `months` months (a missing month counts 0; validation forbids that
    /// for assessed months).
    public func totals(throughMonth months: Int) -> (thisYear: Int, lastYear: Int) {
        (thisYear.prefix(months).saturatingSum(), lastYear.prefix(months).saturatingSum())
    }
}
