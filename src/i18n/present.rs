//! The screens beyond the workspace: the screen switcher, the storyboard and the presentation
//! (`PresentMsg`), and the printable report (`ReportMsg`), with how a date is written.

use super::{Lang, Translate};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PresentMsg {
    CurrentScenario,
    /// "{name}": a named scenario changed since it was opened.
    EditedName,
    /// "{name}": the current scenario, listed beside a saved scenario of the same name.
    CurrentNamed,
    NavLabel,
    ScreenWorkspace,
    ScreenCompare,
    ScreenPresent,
    ScreenReport,
    StoryHeading,
    StoryIntro,
    SaveHeading,
    SaveLabel,
    SavePlaceholder,
    SaveButton,
    SaveFallback,
    SaveHint,
    /// "{name}", "{typed}": a save numbered because the typed name was taken.
    SavedNumbered,
    AvailableHeading,
    Add,
    Added,
    /// The choice is in the order as another entry with the same scenario: "Đã có: “{name}”".
    AddedAs,
    NoSaved,
    OrderHeading,
    OrderEmpty,
    MoveUp,
    MoveDown,
    RemoveItem,
    /// "{n} slides".
    SlideCount,
    /// "{districts}": the district slides of a storyboard item.
    StoryDistricts,
    /// Under the current scenario's entry in the running order: it is live.
    StoryLive,
    Start,
    /// "{done}/{total}".
    Preparing,
    Ready,
    KeysHint,
    PresentationLabel,
    /// "{max}": the storyboard is full.
    StoryFull,
    /// Read out while the presenter has blanked the screen.
    Blanked,
    /// "Slide {i} of {n}".
    Counter,
    Previous,
    Next,
    Exit,
    /// "Scenario {i} of {n}".
    ScenarioOf,
    /// The narrative slide's heading.
    SlideStory,
    SlideHeadline,
    SlideBlockers,
    BlockersRecognised,
    /// "End of {year}: {short} of {candidates} communes …".
    BlockersLead,
    /// `BlockersLead` when one commune is short (English agreement).
    BlockersLeadOne,
    BlockersCriterion,
    BlockersCount,
    BlockersNone,
    BlockersAllClear,
    BlockersSource,
    /// "{year}".
    VillagesLowest,
    /// "{pct} of villages".
    VillagesMet,
    /// "Huyện {name}".
    DistrictTitle,
    /// "{district}: … end of {year}".
    DistrictHeading,
    /// The same for a district with no village in the data.
    DistrictHeadingCommunes,
    /// A commune short of the standard with no single criterion below half the runs.
    DistrictSeveral,
    DistrictVillages,
    DistrictCommunes,
    /// "of {total}".
    DistrictOf,
    /// "P10–P90: {span}" (`i18n::span`).
    DistrictRange,
    /// "default scenario: {x}".
    DistrictDefault,
    DistrictFigureTip,
    /// "{short} of {candidates} … {names}".
    /// The district's lead, first sentence: "{short} of the {candidates} communes…".
    DistrictBlockersLead,
    /// … when one of several is short.
    DistrictBlockersLeadOne,
    /// … when every one of several is ("Cả 16 xã", not "16 trong 16 xã").
    DistrictBlockersLeadAll,
    /// … when the district's only xã is.
    DistrictBlockersLeadOnly,
    /// "{names}": the criteria holding back the most of them.
    DistrictBlockersNames,
    /// "{name} ({n} xã)".
    DistrictBlockerItem,
    /// "{n}": communes counted short that more likely than not keep their recognition.
    DistrictShortButRecognised,
    /// … when one of several short communes does.
    DistrictShortButRecognisedOne,
    /// … when the one short commune does.
    DistrictShortButRecognisedIt,
    DistrictNoCommunes,
    DistrictColCommune,
    /// "… by the end of {year}".
    DistrictColChance,
    DistrictColDefault,
    DistrictColCriteria,
    DistrictColBlockers,
    /// "recognised in {year}".
    DistrictRecognisedBefore,
    /// "; and {n} more".
    DistrictMoreBlockers,
    DistrictNote,
    /// After the note when a row carries the "Riêng" tag.
    DistrictOwnNote,
    DistrictExcludedNote,
    SlideSummary,
    /// "({page}/{pages})" after the side-by-side slide's heading when it is split.
    SummaryPage,
    /// "… median of {runs} Monte Carlo runs …".
    NarrativeNote,
    NarrativeHeading,
    NarrativeTip,
    WaitingSlide,
    Locked,
    /// In the bar, while the slide has more below than the screen shows.
    MoreBelow,
    /// After `MoreBelow` where there is a keyboard: which key scrolls.
    MoreBelowKey,
    /// Chart legends on a slide, naming its scenario: "{name} (median)".
    LegendScenario,
    /// "Communes recognised ({name})".
    LegendRecognisedScenario,
    /// "Communes meeting every criterion in force ({name})".
    LegendMeetingScenario,
    /// A slide chart's description for screen readers: `{name}` the scenario, `{baseline}`
    /// [`PresentMsg::SlideAriaBaseline`] or nothing. The slide has no "Show the numbers"
    /// button: its table is read after the chart.
    SlideAriaVillages,
    SlideAriaCommunes,
    SlideAriaBaseline,
}

impl Translate for PresentMsg {
    fn vi(self) -> &'static str {
        use PresentMsg::*;
        match self {
            CurrentScenario => "Kịch bản hiện tại",
            EditedName => "{name} (đã sửa)",
            CurrentNamed => "{name} (hiện tại)",
            NavLabel => "Màn hình",
            ScreenWorkspace => "Lập kịch bản",
            ScreenCompare => "So sánh kịch bản",
            ScreenPresent => "Trình chiếu",
            ScreenReport => "Báo cáo in",
            StoryHeading => "Chuẩn bị trình chiếu",
            StoryIntro => {
                "Chọn kịch bản và thứ tự trình bày. Mỗi kịch bản có 6 trang: tên và những gì kịch \
                 bản làm, phần tóm tắt kết quả viết tự động, kết quả chính với các mục tiêu, biểu \
                 đồ số xóm, biểu đồ số xã, và các tiêu chí còn vướng; kịch bản khác mặc định có thêm \
                 1 trang liệt kê các đòn bẩy đã đổi, và kịch bản đặt riêng cho 1–3 huyện (hoặc xã của chúng) có thêm trang riêng \
                 cho từng huyện ấy. Từ 2 kịch bản trở lên có thêm 2 trang so sánh ở cuối (số xóm, xã, rồi đến vốn). Khi trình chiếu, \
                 số liệu được khóa: không đòn bẩy nào thay đổi được."
            }
            SaveHeading => "Lưu kịch bản đang làm",
            SaveLabel => "Tên kịch bản",
            SavePlaceholder => "ví dụ: Tăng vốn 50%",
            SaveButton => "Lưu và thêm vào trình chiếu",
            SaveFallback => "Kịch bản đã lưu",
            SaveHint => "Kịch bản được lưu trong trình duyệt này, trong thư viện kịch bản.",
            SavedNumbered => {
                "Đã lưu với tên “{name}”, vì đã có một kịch bản tên “{typed}”. Muốn đổi tên: bấm \
                 “☰ Kịch bản” ở đầu trang."
            }
            AvailableHeading => "Kịch bản có thể trình chiếu",
            Add => "Thêm",
            Added => "Đã thêm",
            AddedAs => "Đã có: “{name}”",
            NoSaved => {
                "Chưa có kịch bản đã lưu: có thể trình chiếu kịch bản hiện tại, hoặc lưu nó ở trên."
            }
            OrderHeading => "Thứ tự trình chiếu",
            OrderEmpty => "Chưa chọn kịch bản nào: sẽ trình chiếu kịch bản hiện tại.",
            MoveUp => "Đưa lên",
            MoveDown => "Đưa xuống",
            RemoveItem => "Bỏ khỏi trình chiếu",
            SlideCount => "{n} trang",
            StoryDistricts => "có thêm trang riêng: {districts}",
            StoryLive => "kịch bản đang làm: cập nhật theo mọi thay đổi của bạn; lưu lại để giữ nguyên",
            Start => "▶ Bắt đầu trình chiếu",
            Preparing => "Đang tính đủ các lần chạy: {done}/{total}…",
            Ready => "Sẵn sàng: mọi kịch bản đã tính đủ các lần chạy.",
            KeysHint => {
                "Khi trình chiếu: →, phím cách hoặc Page Down (nút bấm trình chiếu): trang sau; ←, \
                 Page Up, Shift + phím cách: trang trước; Home, End: trang đầu, trang cuối; B hoặc dấu chấm: màn hình \
                 đen (W: trắng), bấm lại để hiện; Esc: thoát. Trên điện thoại, máy tính bảng: vuốt \
                 ngang để sang trang. Trình duyệt không cho toàn màn hình thì bấm F11."
            }
            PresentationLabel => "Trình chiếu",
            StoryFull => "Buổi trình chiếu đã có {max} kịch bản, số tối đa: bỏ bớt một kịch bản ở danh sách bên cạnh để thêm kịch bản khác.",
            Blanked => "Màn hình đang tạm tắt: bấm phím bất kỳ để hiện lại trang chiếu.",
            Counter => "Trang {i}/{n}",
            Previous => "← Trước",
            Next => "Tiếp →",
            Exit => "Thoát",
            ScenarioOf => "Kịch bản {i}/{n}",
            SlideStory => "Tóm tắt kết quả",
            SlideHeadline => "Kết quả chính",
            SlideBlockers => "Các xã còn vướng những tiêu chí nào?",
            BlockersLead | BlockersLeadOne => {
                "Cuối năm {year}: {short} trong {candidates} xã (không kể thị trấn, phường) có dưới \
                 50% khả năng đạt đủ mọi tiêu chí của bộ đang áp dụng{recognised}. Tiêu chí nhiều xã còn \
                 vướng nhất:"
            }
            BlockersRecognised => ", trong đó {n} xã đã được công nhận (giữ danh hiệu) nhưng chưa đạt đủ bộ tiêu chí này",
            BlockersCriterion => "Tiêu chí",
            BlockersCount => "Số xã còn vướng",
            BlockersNone => "Không có tiêu chí nào mà phần lớn các xã chưa đạt chuẩn cùng còn vướng.",
            BlockersAllClear => "Mọi xã đều nhiều khả năng đạt đủ tiêu chí.",
            BlockersSource => {
                "Một xã còn vướng một tiêu chí khi xã đạt đủ tiêu chí ở dưới một nửa số lần chạy và \
                 tiêu chí ấy cũng đạt ở dưới một nửa số lần chạy. Nguồn: mô phỏng."
            }
            VillagesLowest => "Ở các xóm, tiêu chí đạt ít nhất (tỷ lệ xóm đạt cuối năm {year}, trung bình các lần chạy):",
            VillagesMet => "{pct} số xóm đạt",
            DistrictTitle => "Huyện {name}",
            DistrictHeading => "{district}: xóm và xã đến cuối năm {year}",
            DistrictHeadingCommunes => "{district}: xã đến cuối năm {year}",
            DistrictSeveral => "không tiêu chí nào dưới 50%, nhưng nhiều tiêu chí cùng chưa chắc",
            DistrictVillages => "Xóm đạt chuẩn (xóm trong danh sách 1385):",
            DistrictCommunes => "Xã được công nhận đạt chuẩn NTM:",
            DistrictOf => "trên {total}",
            DistrictRange => "P10–P90: {span}",
            DistrictDefault => "kịch bản mặc định: {x}",
            DistrictFigureTip => {
                "Kết quả mô phỏng: trung vị các lần chạy, khoảng P10–P90 và trung vị của kịch bản \
                 mặc định, cho các xã, xóm của {district}."
            }
            DistrictBlockersLead | DistrictBlockersLeadOne => {
                "{short} trong {candidates} xã của {district} có dưới 50% khả năng đạt đủ mọi tiêu \
                 chí."
            }
            DistrictBlockersLeadAll => {
                "Cả {candidates} xã của {district} đều có dưới 50% khả năng đạt đủ mọi tiêu chí."
            }
            DistrictBlockersLeadOnly => {
                "Xã duy nhất của {district} có dưới 50% khả năng đạt đủ mọi tiêu chí."
            }
            DistrictBlockersNames => "Tiêu chí nhiều xã còn vướng nhất: {names}.",
            DistrictBlockerItem => "{name} ({n} xã)",
            DistrictShortButRecognised | DistrictShortButRecognisedOne => {
                "Trong số đó, {n} xã nhiều khả năng vẫn giữ danh hiệu NTM: danh hiệu đã công nhận \
                 được giữ đến khi tỉnh thu hồi, dù xã không còn đạt đủ mọi tiêu chí."
            }
            DistrictShortButRecognisedIt => {
                "Xã này nhiều khả năng vẫn giữ danh hiệu NTM: danh hiệu đã công nhận được giữ đến \
                 khi tỉnh thu hồi, dù xã không còn đạt đủ mọi tiêu chí."
            }
            DistrictNoCommunes => "{district} không có xã nào xét công nhận NTM (chỉ có thị trấn, phường).",
            DistrictColCommune => "Xã",
            DistrictColChance => "Khả năng được công nhận đến cuối {year}",
            DistrictColDefault => "Kịch bản mặc định",
            DistrictColCriteria => "Tiêu chí đạt (trung bình)",
            DistrictColBlockers => "Tiêu chí còn vướng",
            DistrictRecognisedBefore => "đã công nhận năm {year}",
            DistrictMoreBlockers => " và {n} tiêu chí khác",
            DistrictOwnNote => " “Riêng”: xã có thiết lập riêng trong kịch bản (vốn, đào tạo…).",
            DistrictExcludedNote => " “Không cấp vốn”: xã không nhận vốn phân bổ trong kịch bản.",
            DistrictNote => {
                "Khả năng: tỷ lệ số lần chạy xã giữ công nhận NTM cuối năm. Tiêu chí còn vướng: tiêu \
                 chí đạt ở dưới một nửa số lần chạy (trong ngoặc: tỷ lệ), ở xã đạt đủ tiêu chí ở dưới \
                 một nửa số lần chạy. Nguồn: mô phỏng; dữ liệu minh \
                 họa."
            }
            SlideSummary => "Các kịch bản cạnh nhau",
            SummaryPage => "({page}/{pages})",
            NarrativeNote => {
                "Số liệu minh họa, không phải thống kê chính thức. Số xóm, số xã là trung vị của \
                 {runs} lần chạy Monte Carlo; P10–P90: 8 trên 10 lần chạy nằm trong khoảng này; \
                 “đạt ở …% số lần chạy” là tỷ lệ lần chạy đạt mục tiêu."
            }
            NarrativeHeading => "Tóm tắt",
            NarrativeTip => "Viết tự động từ kết quả mô phỏng, không viết tay.",
            WaitingSlide => "Đang tính kết quả…",
            Locked => "Đang trình chiếu: số liệu đã khóa.",
            MoreBelow => "↓ Còn tiếp bên dưới",
            MoreBelowKey => " (phím ↓)",
            LegendScenario => "{name} (trung vị)",
            LegendRecognisedScenario => "Xã được công nhận ({name})",
            LegendMeetingScenario => "Xã đạt đủ tiêu chí bộ đang áp dụng ({name})",
            SlideAriaVillages => {
                "Biểu đồ đường: số xóm đạt chuẩn cuối mỗi năm, bắt đầu từ số liệu tại thời điểm \
                 khởi điểm, kịch bản “{name}” với khoảng P10–P90{baseline} và các mục tiêu. \
                 Số liệu có trong bảng ngay sau biểu đồ."
            }
            SlideAriaCommunes => {
                "Biểu đồ đường: số xã được công nhận (bắt đầu từ số liệu tại thời điểm khởi \
                 điểm) và số xã đạt đủ tiêu chí cuối mỗi năm, kịch bản “{name}”{baseline} và \
                 mục tiêu. Số liệu có trong bảng ngay sau biểu đồ."
            }
            SlideAriaBaseline => ", kịch bản mặc định",
        }
    }

    fn en(self) -> &'static str {
        use PresentMsg::*;
        match self {
            CurrentScenario => "Current scenario",
            EditedName => "{name} (edited)",
            CurrentNamed => "{name} (current)",
            NavLabel => "Screens",
            ScreenWorkspace => "Build a scenario",
            ScreenCompare => "Compare scenarios",
            ScreenPresent => "Present",
            ScreenReport => "Printable report",
            StoryHeading => "Prepare a presentation",
            StoryIntro => {
                "Choose the scenarios and their order. Each scenario has 6 slides: its name and \
                 what it does, an automatically written summary of its results, the headline results with their targets, the \
                 villages chart, the communes chart, and the criteria still holding communes \
                 back; a scenario that differs from the default has one more, listing the levers \
                 it changes, and one that sets levers for one to three districts (or their \
                 communes) has slides of its own for each of them. Two or more scenarios end with \
                 two slides comparing them (villages and communes, then money). While \
                 presenting, the figures are locked: no lever can change."
            }
            SaveHeading => "Save the scenario you are working on",
            SaveLabel => "Scenario name",
            SavePlaceholder => "e.g. Budget up 50%",
            SaveButton => "Save and add to the presentation",
            SaveFallback => "Saved scenario",
            SaveHint => "Saved in this browser, in the scenario library.",
            SavedNumbered => {
                "Saved as “{name}”, because a scenario named “{typed}” is there already. To rename \
                 it: “☰ Scenarios” at the top of the page."
            }
            AvailableHeading => "Scenarios you can present",
            Add => "Add",
            Added => "Added",
            AddedAs => "In already as “{name}”",
            NoSaved => "No saved scenario yet: present the current scenario, or save it above.",
            OrderHeading => "Running order",
            OrderEmpty => "Nothing chosen yet: the current scenario will be presented.",
            MoveUp => "Move up",
            MoveDown => "Move down",
            RemoveItem => "Remove from the presentation",
            SlideCount => "{n} slides",
            StoryDistricts => "with a slide of its own for: {districts}",
            StoryLive => "the scenario you are working on: it follows every change; save it to keep it as it is",
            Start => "▶ Start the presentation",
            Preparing => "Computing every run: {done} of {total}…",
            Ready => "Ready: every scenario has all its runs.",
            KeysHint => {
                "While presenting: →, Space or Page Down (a presentation clicker): next slide; ←, \
                 Page Up, Shift+Space: previous; Home, End: first, last; B or full stop: black screen (W: \
                 white), again to show; Esc: leave. On a phone or tablet: swipe sideways to turn the \
                 page. If the browser refuses full screen, press F11."
            }
            PresentationLabel => "Presentation",
            StoryFull => "The presentation holds {max} scenarios, the most it can: remove one from the list beside it to add another.",
            Blanked => "The screen is blanked: press any key to show the slide again.",
            Counter => "Slide {i} of {n}",
            Previous => "← Previous",
            Next => "Next →",
            Exit => "Leave",
            ScenarioOf => "Scenario {i} of {n}",
            SlideStory => "The results in brief",
            SlideHeadline => "Headline results",
            SlideBlockers => "What still holds the communes back?",
            BlockersLead => {
                "End of {year}: {short} of the {candidates} communes (townships and wards aside) \
                 have less than a 50% chance of meeting every criterion of the set in force{recognised}. \
                 The criteria holding back the most of them:"
            }
            BlockersLeadOne => {
                "End of {year}: {short} of the {candidates} communes (townships and wards aside) \
                 has less than a 50% chance of meeting every criterion of the set in force{recognised}. \
                 The criteria holding it back:"
            }
            BlockersRecognised => ", {n} of them already recognised (they keep the title) but short of this set",
            BlockersCriterion => "Criterion",
            BlockersCount => "Communes held back",
            BlockersNone => {
                "No single criterion holds back most of the communes still short of the standard."
            }
            BlockersAllClear => "Every commune is more likely than not to meet every criterion.",
            BlockersSource => {
                "A criterion holds a commune back when the commune meets every criterion in fewer \
                 than half the runs and the criterion is met in fewer than half the runs. \
                 Source: simulation."
            }
            VillagesLowest => "In the villages, the criteria met least (share of villages meeting each at the end of {year}, mean of the runs):",
            VillagesMet => "{pct} of villages",
            DistrictTitle => "{name} district",
            DistrictHeading => "{district}: villages and communes by the end of {year}",
            DistrictHeadingCommunes => "{district}: communes by the end of {year}",
            DistrictSeveral => "no criterion below 50%, but several together are uncertain",
            DistrictVillages => "Villages at the standard (villages of the 1385 list):",
            DistrictCommunes => "NTM communes (recognised):",
            DistrictOf => "of {total}",
            DistrictRange => "P10–P90: {span}",
            DistrictDefault => "default scenario: {x}",
            DistrictFigureTip => {
                "Simulation: the median of the runs, the P10–P90 range and the default \
                 scenario's median, over the communes and villages of {district}."
            }
            DistrictBlockersLead => {
                "{short} of the {candidates} communes of {district} have less than a 50% chance of \
                 meeting every criterion."
            }
            DistrictBlockersLeadOne => {
                "{short} of the {candidates} communes of {district} has less than a 50% chance of \
                 meeting every criterion."
            }
            DistrictBlockersLeadAll => {
                "All {candidates} communes of {district} have less than a 50% chance of meeting \
                 every criterion."
            }
            DistrictBlockersLeadOnly => {
                "The only commune of {district} has less than a 50% chance of meeting every \
                 criterion."
            }
            DistrictBlockersNames => "The criteria holding back the most: {names}.",
            DistrictBlockerItem => "{name} ({n})",
            DistrictShortButRecognised => {
                "Of these, {n} more likely than not keep their NTM recognition: recognition stays \
                 until the province revokes it, even when not every criterion is still met."
            }
            DistrictShortButRecognisedOne => {
                "Of these, {n} more likely than not keeps its NTM recognition: recognition stays \
                 until the province revokes it, even when not every criterion is still met."
            }
            DistrictShortButRecognisedIt => {
                "It more likely than not keeps its NTM recognition: recognition stays until the \
                 province revokes it, even when not every criterion is still met."
            }
            DistrictNoCommunes => "{district} has no commune up for NTM recognition (only townships and wards).",
            DistrictColCommune => "Commune",
            DistrictColChance => "Chance of recognition by the end of {year}",
            DistrictColDefault => "Default scenario",
            DistrictColCriteria => "Criteria met (mean)",
            DistrictColBlockers => "Criteria holding it back",
            DistrictRecognisedBefore => "recognised in {year}",
            DistrictMoreBlockers => " and {n} more",
            DistrictOwnNote => " “Own”: a commune with levers of its own in the scenario (money, training…).",
            DistrictExcludedNote => " “No money”: a commune the scenario gives no allocated money.",
            DistrictNote => {
                "Chance: the share of runs in which the commune holds NTM recognition at the end of \
                 the year. Holding it back: criteria met in fewer than half the runs (in brackets, \
                 the share), in a commune meeting every criterion in fewer than half. Source: simulation; illustrative data."
            }
            SlideSummary => "The scenarios side by side",
            SummaryPage => "({page} of {pages})",
            NarrativeNote => {
                "Illustrative data, not official statistics. Counts of villages and communes are \
                 medians of {runs} Monte Carlo runs; P10–P90: 8 runs in 10 fall in this range; \
                 “reached in …% of runs” is the share of runs that reach the target."
            }
            NarrativeHeading => "Summary",
            NarrativeTip => "Written automatically from the simulation results, not by hand.",
            WaitingSlide => "Computing the results…",
            Locked => "Presenting: the figures are locked.",
            MoreBelow => "↓ More below",
            MoreBelowKey => " (↓ key)",
            LegendScenario => "{name} (median)",
            LegendRecognisedScenario => "Communes recognised ({name})",
            LegendMeetingScenario => "Communes meeting every criterion in force ({name})",
            SlideAriaVillages => {
                "Line chart: villages meeting the standard at the end of each year, starting \
                 from the data at the base date, scenario “{name}” with its P10–P90 range\
                 {baseline} and the targets. The numbers are in the table after the chart."
            }
            SlideAriaCommunes => {
                "Line chart: communes recognised (starting from the data at the base date) and \
                 communes meeting every criterion at the end of each year, scenario “{name}”\
                 {baseline} and the target. The numbers are in the table after the chart."
            }
            SlideAriaBaseline => ", the default scenario",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReportMsg {
    Heading,
    ScreenIntro,
    Print,
    Scenario,
    Place,
    Date,
    Runs,
    /// The report's line on money: the budget and the training cost.
    Money,
    /// "{money}": what the runs allocated, beside the budget.
    MoneyAllocated,
    SectionSummary,
    SectionHeadline,
    SectionCharts,
    SectionLevers,
    SectionMoney,
    SectionDistricts,
    /// What the report's district differences are from.
    ReferenceDefault,
    LeversNone,
    ColumnDefault,
    ColumnScenario,
    ColumnChange,
    SectionLink,
    /// Before the list of the targets' sources (printed: on screen the cards' tooltips say it).
    TargetSources,
    LinkHint,
    QrLabel,
    QrTooLong,
    /// "{done}/{total}".
    Waiting,
    Footer,
    ChartFailed,
    /// The end of a report chart's description: its numbers are in the table under it.
    TableBelow,
}

impl Translate for ReportMsg {
    fn vi(self) -> &'static str {
        use ReportMsg::*;
        match self {
            Heading => "Báo cáo kịch bản xây dựng nông thôn mới",
            ScreenIntro => {
                "Bản xem trước khổ A4, khổ dọc. Nút “In báo cáo” mở hộp thoại in của trình duyệt; \
                 chọn “Lưu dưới dạng PDF” để có tệp PDF."
            }
            Print => "In báo cáo",
            Scenario => "Kịch bản",
            Place => "Bộ số liệu",
            Date => "Ngày lập",
            Runs => "Số lần chạy mô phỏng",
            Money => "Vốn và chi phí",
            MoneyAllocated => {
                "Vốn mô phỏng đã phân bổ đến xã, xóm {years}: {money} tỷ đồng (trung bình các lần chạy; \
                 có thể thấp hơn tổng vốn: đóng góp của cộng đồng theo mức tham gia, nguồn không có \
                 xã đủ điều kiện nhận thì không phân bổ)."
            }
            SectionSummary => "Tóm tắt",
            SectionHeadline => "Kết quả chính và các mục tiêu",
            SectionCharts => "Biểu đồ",
            SectionLevers => "Đòn bẩy và giả định khác mặc định",
            SectionMoney => "Vốn theo nguồn và năm",
            SectionDistricts => "Theo huyện",
            ReferenceDefault => "kịch bản mặc định",
            LeversNone => "Kịch bản dùng mọi giá trị mặc định của bộ dữ liệu.",
            ColumnDefault => "Mặc định",
            ColumnScenario => "Kịch bản này",
            ColumnChange => "Thay đổi",
            SectionLink => "Liên kết chia sẻ",
            TargetSources => "Nguồn các mục tiêu",
            LinkHint => {
                "Mở liên kết này (hoặc quét mã QR) để xem lại đúng kịch bản và các số liệu này."
            }
            QrLabel => "Mã QR của liên kết chia sẻ",
            QrTooLong => "Liên kết quá dài để làm mã QR: hãy dùng liên kết ở bên cạnh.",
            Waiting => {
                "Đang tính đủ các lần chạy để báo cáo dùng kết quả cuối cùng: {done}/{total}…"
            }
            Footer => "Lập bằng NTM Planner. Số liệu minh họa, không phải thống kê chính thức.",
            ChartFailed => "Không vẽ được biểu đồ này.",
            TableBelow => "Số liệu của biểu đồ có trong bảng ngay bên dưới.",
        }
    }

    fn en(self) -> &'static str {
        use ReportMsg::*;
        match self {
            Heading => "New Rural Development scenario report",
            ScreenIntro => {
                "A4 portrait preview. “Print report” opens the browser's print dialog; choose \
                 “Save as PDF” for a PDF file."
            }
            Print => "Print report",
            Scenario => "Scenario",
            Place => "Dataset",
            Date => "Date",
            Runs => "Simulation runs",
            Money => "Money and costs",
            MoneyAllocated => {
                "Money the simulation allocated to communes and villages, {years}: {money} billion VND \
                 (mean of the runs; it can be less than the budget: community contributions come \
                 as far as people take part, and a source with no eligible commune is not \
                 allocated)."
            }
            SectionSummary => "Summary",
            SectionHeadline => "Headline results and targets",
            SectionCharts => "Charts",
            SectionLevers => "Levers and assumptions changed from the defaults",
            SectionMoney => "Money by source and year",
            SectionDistricts => "By district",
            ReferenceDefault => "the default scenario",
            LeversNone => "The scenario uses every default of the dataset.",
            ColumnDefault => "Default",
            ColumnScenario => "This scenario",
            ColumnChange => "Change",
            SectionLink => "Share link",
            TargetSources => "Where the targets come from",
            LinkHint => {
                "Open this link (or scan the QR code) to see exactly this scenario and these figures."
            }
            QrLabel => "QR code of the share link",
            QrTooLong => "The link is too long for a QR code: use the link beside it.",
            Waiting => "Computing every run so the report shows final results: {done} of {total}…",
            Footer => "Made with NTM Planner. Illustrative data, not official statistics.",
            ChartFailed => "This chart could not be drawn.",
            TableBelow => "The chart's figures are in the table below it.",
        }
    }
}

/// A date as a reader of `lang` writes it: `03/11/2025`, `07/3/2026` (the administrative
/// style, `ntm_model::format::date`), `3 November 2025`. `month` is 1–12; anything else gives
/// the ISO form.
pub fn date_text(lang: Lang, year: i32, month: u32, day: u32) -> String {
    ntm_model::format::date(year, month, day, lang.into())
        .unwrap_or_else(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_the_local_way() {
        assert_eq!(date_text(Lang::Vi, 2025, 11, 3), "03/11/2025");
        assert_eq!(date_text(Lang::Vi, 2026, 3, 7), "07/3/2026");
        assert_eq!(date_text(Lang::En, 2025, 11, 3), "3 November 2025");
        assert_eq!(date_text(Lang::En, 2025, 13, 3), "2025-13-03");
        assert_eq!(date_text(Lang::Vi, 2025, 0, 3), "2025-00-03");
    }
}
