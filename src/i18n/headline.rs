//! The headline: figures, targets, verdicts, progress.

use ntm_model::format::Lang as ModelLang;
use ntm_model::results::Likelihood;
use ntm_model::Metric;

use super::{Lang, Translate};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HeadlineMsg {
    Heading,
    Explainer,
    Villages,
    Communes,
    CommunesScope,
    Below10,
    Below10Scope,
    Below15,
    /// Progress while refining: "{done} of {total} runs".
    Refining,
    /// All runs done: "{total} runs".
    Done,
    /// Before the first batch.
    Starting,
    /// Shown figures belong to an older scenario.
    Updating,
    /// The strip at the top of the results while the headline is out of view.
    /// Before the scenario's name beside the heading.
    ScenarioIs,
    /// After "Kịch bản:" for a scenario with no name: "chưa lưu, khác mặc định ở: {list}".
    UnsavedChanges,
    /// The line's tooltip: what it is and where the full list is.
    UnsavedTip,
    StripTip,
    StripComputing,
    Target,
    OutsideHorizon,
    NotAssessed,
    NotAssessedWhy,
    NotAssessedShort,
    /// "short by {x}".
    ShortBy,
    /// An upper limit ("≤ 0") that the median exceeds: "over the limit by {x}".
    OverLimitBy,
    /// An upper limit of zero under a figure of its metric: "0 xã" ("{unit}").
    GoalNoneLeft,
    /// …with the metric named: "không còn {metric}".
    GoalNoneOf,
    /// How many are left against "none left": "{x}", "{unit}".
    StillLeft,
    /// The median of a target checked on another metric than the figure above it.
    MedianIs,
    /// "{x}": the median of a target counted in the Decision 1385 scope.
    MedianInScope,
    /// An upper limit the median stays under: "{x} under the limit".
    UnderLimitBy,
    /// "ahead by {x}".
    AheadBy,
    /// "exactly on target".
    OnTarget,
    /// "reached in {p} of runs".
    ReachedIn,
    Likely,
    Uncertain,
    Unlikely,
    VerdictTip,
    /// Percentage points.
    Points,
    /// In a sentence rather than a table cell: "thiếu 2,5 điểm phần trăm".
    PointsLong,
    /// Tooltip of a figure: what, unit, where from.
    FigureTip,
    /// Added to the communes card's tooltip: what it counts.
    CommunesCounted,
    /// Tooltip of a target: "{name}. Median: {median}."
    TargetTip,
    RelativeGoalTip,
    /// "Target source: {source}." (the dataset states sources in English only).
    TargetSource,
    ShareOfListed,
    /// "of the {n} villages of the 1385 scope": the scope's targets.
    ShareOfScope,
    ShareOfAll,
    AgainstDefault,
    AgainstDefaultTip,
    /// "{higher}", "{lower}": shares of the runs paired with the default's.
    AgainstDefaultRuns,
    /// The strip's short form of it: "so với mặc định" before the amount.
    AgainstDefaultShort,
    /// The strip's caption on a phone, under the figures: what ▲ and ▼ are against.
    AgainstDefaultCaption,
    /// Why the cards say nothing against the default: another seed…
    UnlikeSeed,
    /// … or other uncertainty over the assumptions.
    UnlikeUncertainty,
    /// "{delta}" against the figures before the latest change of the scenario.
    SinceChange,
    /// The strip's short form of it: "vừa đổi" before the amount.
    SinceChangeShort,
    /// "{reference}": the median before the latest change.
    SinceChangeTip,
    /// "{higher}", "{lower}": shares of the runs paired with those before the change.
    SinceChangeRuns,
    Announce,
    RelativeGoal,
    UnitVillages,
    UnitCommunes,
    /// Beside a count's median: "trên {n} {unit}" (how many units it is out of).
    OutOf,
    /// A card for a year past the simulated horizon: "{year}", "{median}", "{range}" of the
    /// last simulated year. (No "change it in the Assumptions tab": the card is on slides and
    /// paper too, which have no tabs; the scenario's summary names the setting.)
    AtLastYear,
}

impl Translate for HeadlineMsg {
    fn vi(self) -> &'static str {
        use HeadlineMsg::*;
        match self {
            Heading => "Kết quả chính",
            Explainer => {
                "Số lớn: trung vị các lần mô phỏng; dưới là khoảng P10–P90 và các mục tiêu."
            }
            Villages => "Xóm đạt chuẩn NTM",
            Communes => "Xã đạt chuẩn NTM",
            CommunesScope => "Xã thuộc QĐ 1385 đạt chuẩn NTM",
            Below10 => "Xã dưới 10 tiêu chí",
            Below10Scope => "Xã thuộc QĐ 1385 dưới 10 tiêu chí",
            Below15 => "Xã dưới 15 tiêu chí",
            Refining => "Đang tính thêm: {done}/{total} lần chạy",
            Done => "Đã xong {total} lần chạy",
            Starting => "Đang tính toán…",
            Updating => "Đang cập nhật theo kịch bản mới…",
            StripTip => "Kết quả chính (trung vị), nhắc lại ở đây khi phần Kết quả chính ở đầu trang đã cuộn khỏi màn hình: luôn là cuối năm {year} như các thẻ kết quả chính, không theo “Năm hiển thị” của biểu đồ và ma trận bên dưới. Kết quả mô phỏng.",
            StripComputing => "đang tính…",
            ScenarioIs => "Kịch bản:",
            UnsavedChanges => "chưa lưu, khác mặc định ở: {list}",
            UnsavedTip => "Kịch bản đang xem chưa được lưu và chưa có tên. Đây là các đòn bẩy và giả định đặt khác kịch bản mặc định (theo thứ tự của bảng đòn bẩy); danh sách đầy đủ ở màn hình So sánh kịch bản và Báo cáo in. Lưu kịch bản (mục “Lưu kịch bản đang xem”) để đặt tên cho nó.",
            Target => "mục tiêu",
            OutsideHorizon => "Ngoài khoảng thời gian mô phỏng",
            NotAssessed => "Không đánh giá được",
            NotAssessedShort => "dữ liệu chỉ có {n} xóm thuộc QĐ 1385",
            NotAssessedWhy => {
                "mục tiêu tính trên mọi xóm của tỉnh; dữ liệu chỉ có {n} xóm (phạm vi Quyết \
                 định 1385). Nạp dữ liệu có đủ mọi xóm để đánh giá mục tiêu này."
            }
            ShortBy => "thiếu {x}",
            OverLimitBy => "vượt giới hạn {x}",
            // "Khó đạt mục tiêu không còn xã nào" read as "no commune is left to reach it".
            GoalNoneLeft => "0 {unit}",
            GoalNoneOf => "không còn {metric}",
            StillLeft => "còn {x} {unit}",
            MedianIs => "trung vị {x}",
            MedianInScope => "trung vị trong phạm vi 1385: {x}",
            UnderLimitBy => "thấp hơn giới hạn {x}",
            AheadBy => "vượt {x}",
            OnTarget => "vừa đúng mục tiêu",
            ReachedIn => "đạt ở {p} số lần chạy",
            // The model's words, which ntm-sim prints too.
            Likely => Likelihood::Likely.word(ModelLang::Vi),
            Uncertain => Likelihood::Uncertain.word(ModelLang::Vi),
            Unlikely => Likelihood::Unlikely.word(ModelLang::Vi),
            VerdictTip => {
                "Đánh giá theo tỷ lệ lần chạy đạt mục tiêu: từ 80% trở lên là “nhiều khả năng \
                 đạt”, từ 20% trở xuống là “khó đạt”, ở giữa là “chưa chắc đạt”."
            }
            Points => "điểm %",
            PointsLong => "điểm phần trăm",
            CommunesCounted => {
                "Đếm các xã được công nhận đạt chuẩn NTM: một xã đã được công nhận giữ danh hiệu cả \
                 khi bộ tiêu chí 2021–2025 khó hơn (biểu đồ “Xã đạt chuẩn” cho thấy thêm số xã đạt đủ \
                 tiêu chí của bộ đang áp dụng)."
            }
            FigureTip => {
                "{what}, {when}. Số lớn là trung vị của {runs} lần chạy Monte Carlo; \
                          P10–P90: 8 trên 10 lần chạy nằm trong khoảng này (khoảng gồm sự bất \
                          định của các giả định và của các biến cố ngẫu nhiên, không gồm sai số \
                          của số liệu đầu vào, vốn là số liệu minh họa). Đơn vị: {unit}. \
                          Nguồn: kết quả mô phỏng từ kịch bản và các giả định."
            }
            TargetTip => "{name}. Trung vị: {median}.",
            RelativeGoalTip => "Trung vị và mục tiêu ({goal}) đều tính cả {base} ở năm gốc.",
            TargetSource => "Nguồn mục tiêu: {source}.",
            ShareOfListed => "của {n} xóm có trong dữ liệu",
            ShareOfScope => "của {n} xóm thuộc QĐ 1385",
            ShareOfAll => "số xóm toàn tỉnh",
            AgainstDefault => "{delta} so với mặc định",
            AgainstDefaultRuns => {
                "So từng lần chạy với kịch bản mặc định (cùng số ngẫu nhiên): cao hơn ở {higher}, \
                 thấp hơn ở {lower} số lần chạy; gọi là tốt hơn hay kém hơn khi khác theo một chiều \
                 ở ít nhất 80% số lần chạy, nếu không là chưa rõ."
            }
            AgainstDefaultTip => {
                "Trung vị của kịch bản này trừ trung vị của kịch bản mặc định ({reference}), cùng số \
                 khởi tạo ngẫu nhiên: là tác động của các đòn bẩy đã đổi. Kết quả mô phỏng."
            }
            SinceChange => "{delta} so với trước khi đổi",
            SinceChangeShort => "vừa đổi:",
            AgainstDefaultShort => "so với mặc định:",
            AgainstDefaultCaption => "▲▼ so với kịch bản mặc định",
            UnlikeSeed => "Không so với kịch bản mặc định: số khởi tạo ngẫu nhiên khác với mặc định, nên các lần chạy không ghép cặp được và chênh lệch có phần là nhiễu. Đặt lại số khởi tạo (phần Giả định) để so.",
            UnlikeUncertainty => "Không so với kịch bản mặc định: độ bất định của giả định đặt khác mặc định, nên chênh lệch có phần do cách tính, không chỉ do đòn bẩy. Đặt lại độ bất định (phần Giả định) để so.",
            SinceChangeTip => {
                "Trung vị bây giờ trừ trung vị trước lần đổi kịch bản vừa rồi ({reference}), cùng số \
                 khởi tạo ngẫu nhiên: là tác động của riêng lần đổi đó (một thanh trượt kéo liền \
                 một mạch tính là một lần đổi). Kết quả mô phỏng."
            }
            SinceChangeRuns => {
                "So từng lần chạy với trước lần đổi (cùng số ngẫu nhiên): cao hơn ở {higher}, \
                 thấp hơn ở {lower} số lần chạy; gọi là tốt hơn hay kém hơn khi khác theo một chiều \
                 ở ít nhất 80% số lần chạy, nếu không là chưa rõ."
            }
            Announce => "{when}: khoảng {villages} xóm đạt chuẩn, {communes} xã được công nhận (trung vị).",
            RelativeGoal => "({base} đã có + {more} mới)",
            UnitVillages => "xóm",
            UnitCommunes => "xã",
            OutOf => "trên {n} {unit}",
            AtLastYear => "Mô phỏng chỉ đến hết năm {year}; khi đó: trung vị {median}, P10–P90: {range}.",
        }
    }

    fn en(self) -> &'static str {
        use HeadlineMsg::*;
        match self {
            Heading => "Headline results",
            Explainer => {
                "Large figure: median of the runs; below, the P10–P90 range and the targets."
            }
            Villages => "Villages at the NTM standard",
            Communes => "NTM communes",
            CommunesScope => "1385-scope NTM communes",
            Below10 => "Communes below 10 criteria",
            Below10Scope => "1385-scope communes below 10 criteria",
            Below15 => "Communes below 15 criteria",
            Refining => "Refining: {done} of {total} runs",
            Done => "{total} runs done",
            Starting => "Computing…",
            Updating => "Updating for the new scenario…",
            StripTip => "The headline results (medians), repeated here while the Headline results at the top of the page are scrolled out of view: always the end of {year}, as the headline cards, not the “Year shown” of the charts and matrix below. Simulated.",
            StripComputing => "computing…",
            ScenarioIs => "Scenario:",
            UnsavedChanges => "unsaved, differs from the default in: {list}",
            UnsavedTip => "The scenario on screen is not saved and has no name. These are the levers and assumptions set differently from the default scenario (in the levers panel's order); the full list is in Compare scenarios and in the Printable report. Save the scenario (“Save the scenario on screen”) to give it a name.",
            Target => "target",
            OutsideHorizon => "Outside the simulated years",
            NotAssessed => "Not assessed",
            NotAssessedShort => "the data holds only the {n} villages of the 1385 scope",
            NotAssessedWhy => {
                "the target counts every village of the province; the data holds only {n} (the \
                 Decision 1385 scope). Load data with every village to assess it."
            }
            ShortBy => "short by {x}",
            OverLimitBy => "over the limit by {x}",
            GoalNoneLeft => "0 (none left)",
            GoalNoneOf => "0 {metric}",
            StillLeft => "{x} {unit} left",
            MedianIs => "median {x}",
            MedianInScope => "median in the 1385 scope: {x}",
            UnderLimitBy => "{x} under the limit",
            AheadBy => "ahead by {x}",
            OnTarget => "exactly on target",
            ReachedIn => "reached in {p} of runs",
            Likely => Likelihood::Likely.word(ModelLang::En),
            Uncertain => Likelihood::Uncertain.word(ModelLang::En),
            Unlikely => Likelihood::Unlikely.word(ModelLang::En),
            VerdictTip => {
                "Judged by the share of runs that reach the target: 80% or more is “likely”, \
                 20% or less “unlikely”, in between “uncertain”."
            }
            Points => "percentage points",
            PointsLong => "percentage points",
            CommunesCounted => {
                "Counts the communes recognised as NTM communes: a recognised commune keeps its \
                 title even when the 2021–2025 set is stricter (the “Communes” chart also shows \
                 the communes meeting every criterion of the set in force)."
            }
            FigureTip => {
                "{what}, {when}. The large figure is the median of {runs} Monte Carlo \
                          runs; P10–P90: 8 runs in 10 fall in this range (the range covers the \
                          uncertainty of the assumptions and of chance events, not errors in \
                          the input data, which are illustrative). Unit: {unit}. Source: \
                          simulation of the scenario and its assumptions."
            }
            TargetTip => "{name}. Median: {median}.",
            RelativeGoalTip => "The median and the goal ({goal}) both include the {base} of the base year.",
            TargetSource => "Target source: {source}.",
            ShareOfListed => "of the {n} villages in the data",
            ShareOfScope => "of the {n} villages of the 1385 scope",
            ShareOfAll => "of all the province's villages",
            AgainstDefault => "{delta} vs the default",
            AgainstDefaultRuns => {
                "Run by run against the default (the same random numbers): higher in {higher}, \
                 lower in {lower} of the runs; called better or worse when it goes one way in at \
                 least 80% of the runs, otherwise unclear."
            }
            AgainstDefaultTip => {
                "This scenario's median minus the default scenario's ({reference}), with the same \
                 random seed: the effect of the levers changed. Simulated."
            }
            SinceChange => "{delta} since the last change",
            SinceChangeShort => "last change:",
            AgainstDefaultShort => "vs default:",
            AgainstDefaultCaption => "▲▼ against the default scenario",
            UnlikeSeed => "Not measured against the default: the random seed differs from the default's, so the runs do not pair and part of a difference would be noise. Reset the seed (Assumptions) to compare.",
            UnlikeUncertainty => "Not measured against the default: the assumptions' uncertainty is set differently from the default, so part of a difference would come from how it is computed, not from the levers. Reset the uncertainty (Assumptions) to compare.",
            SinceChangeTip => {
                "The median now minus the median before the latest change of the scenario \
                 ({reference}), with the same random seed: the effect of that change alone (a slider \
                 dragged in one go counts as one change). Simulated."
            }
            SinceChangeRuns => {
                "Run by run against the figures before the change (the same random numbers): \
                 higher in {higher}, lower in {lower} of the runs; called better or worse when it \
                 goes one way in at least 80% of the runs, otherwise unclear."
            }
            Announce => "{when}: about {villages} villages at the standard, {communes} communes recognised (median).",
            RelativeGoal => "({base} already + {more} more)",
            UnitVillages => "villages",
            UnitCommunes => "communes",
            OutOf => "of {n} {unit}",
            AtLastYear => "Simulated only to the end of {year}; then: median {median}, P10–P90: {range}.",
        }
    }
}

/// A short noun for a metric, used when a target is checked on another metric than the
/// figure it sits under ("≥ 3 scope communes").
pub fn metric_short(metric: Metric, lang: Lang) -> &'static str {
    let (vi, en) = match metric {
        Metric::VillagesStandard => ("xóm", "villages"),
        Metric::VillagesShare => ("số xóm", "of villages"),
        Metric::ScopeVillagesShare => ("số xóm thuộc QĐ 1385", "of 1385-scope villages"),
        Metric::CommunesNtm => ("xã đủ tiêu chí", "communes meeting every criterion"),
        Metric::CommunesRecognised => ("xã đạt chuẩn", "NTM communes"),
        Metric::ScopeCommunesNtm => (
            "xã thuộc QĐ 1385 đủ tiêu chí",
            "1385-scope communes meeting every criterion",
        ),
        Metric::ScopeCommunesRecognised => {
            ("xã thuộc QĐ 1385 đạt chuẩn", "1385-scope NTM communes")
        }
        Metric::CommunesBelow10 => ("xã dưới 10 tiêu chí", "communes below 10 criteria"),
        Metric::CommunesBelow15 => ("xã dưới 15 tiêu chí", "communes below 15 criteria"),
        Metric::ScopeCommunesBelow10 => (
            "xã thuộc QĐ 1385 dưới 10 tiêu chí",
            "1385-scope communes below 10 criteria",
        ),
        Metric::AvgVillageCriteria => ("tiêu chí/xóm", "criteria per village"),
        Metric::AvgCommuneCriteria => ("tiêu chí/xã", "criteria per commune"),
        Metric::SpendingTotal => ("tỷ đồng", "billion VND"),
    };
    lang.pick(vi, en)
}

/// Why figures are not measured against the default (`state::Unlike`): the headline's and the
/// report's note.
pub fn unlike_default_msg(u: crate::state::Unlike) -> HeadlineMsg {
    match u {
        crate::state::Unlike::Seed => HeadlineMsg::UnlikeSeed,
        crate::state::Unlike::Uncertainty => HeadlineMsg::UnlikeUncertainty,
    }
}
