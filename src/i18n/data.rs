//! The data in use: the note on what is real, loading a province's own files, switching back.

use super::Translate;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DataMsg {
    /// The heading of the note for data that is not illustrative.
    OwnData,
    /// "{name}", "{units}", "{villages}", "{when}".
    InUse,
    OpenDialog,
    /// "{name}", "{when}".
    UseKept,
    BackToDefault,
    /// The loaded data could not be kept: this page only.
    PageOnly,
    /// "{when}": the page-only data's notice when reloading opens data kept earlier.
    PageOnlyEarlier,
    /// "{detail}".
    StoredUnreadable,
    StoredNewer,
    /// "{problem}".
    StoredNoLongerLoads,
    Title,
    Intro,
    Columns,
    Pick,
    Drop,
    Reading,
    /// "{n}".
    Problems,
    ProblemsMore,
    Untouched,
    /// "{name}", "{districts}", "{units}", "{candidates}", "{villages}", "{date}".
    Ready,
    ReadyFiles,
    FlagIllustrative,
    FlagVillagesIncomplete,
    /// "{n}".
    FlagVillagesMissing,
    /// "{id}".
    FlagDefaultsId,
    /// "{id}", "{v}".
    FlagSameVersion,
    FlagDefaultsNote,
    /// "{n}": more problems than listed.
    ProblemsMany,
    Use,
    UseNote,
    Templates,
    Close,
    /// "{file}": a file larger than the app reads.
    TooLarge,
    /// "{file}".
    Unreadable,
}

impl Translate for DataMsg {
    fn vi(self) -> &'static str {
        use DataMsg::*;
        match self {
            OwnData => "Số liệu của tỉnh, tải lên từ tệp (không phải bộ số liệu minh họa).",
            InUse => {
                "Đang dùng số liệu tải lên: {name} — {units} đơn vị cấp xã, {villages} xóm \
                 (tải lên {when})."
            }
            OpenDialog => "Dùng số liệu của tỉnh…",
            UseKept => "Dùng lại số liệu đã tải: {name} (tải lên {when})",
            BackToDefault => "Quay về bộ số liệu mặc định",
            PageOnly => {
                "Trình duyệt không cho lưu số liệu này (bộ nhớ đầy hoặc bị tắt): số liệu chỉ \
                 dùng được trong trang này, tải lại trang sẽ quay về bộ số liệu mặc định."
            }
            PageOnlyEarlier => {
                "Trình duyệt không cho lưu số liệu này (bộ nhớ đầy hoặc bị tắt): số liệu chỉ \
                 dùng được trong trang này, tải lại trang sẽ mở số liệu tải lên trước đây (lúc \
                 {when})."
            }
            StoredNewer => {
                "Số liệu tải lên trước đây được ghi bởi phiên bản NTM Planner mới hơn (phiên bản \
                 {v}); trang đang dùng bộ số liệu mặc định và để nguyên số liệu đó. Hãy mở trang \
                 bằng phiên bản mới. Mở lại các tệp số liệu ở đây (“Dùng số liệu của tỉnh…”) sẽ \
                 ghi đè số liệu đó."
            }
            StoredUnreadable => {
                "Số liệu tải lên trước đây không đọc được (chi tiết bên dưới); trang đang dùng \
                 bộ số liệu mặc định. Bản cũ được cất ở “Bản đã cất riêng trong trình duyệt” (nút \
                 “Kịch bản”, thẻ “Xuất, nhập tệp”) để tải về. Hãy mở lại các tệp số liệu (“Dùng \
                 số liệu của tỉnh…”)."
            }
            StoredNoLongerLoads => {
                "Số liệu tải lên trước đây không còn qua được kiểm tra ({problem}); trang đang \
                 dùng bộ số liệu mặc định. Hãy sửa tệp rồi mở lại (“Dùng số liệu của tỉnh…”)."
            }
            Title => "Số liệu của tỉnh",
            Intro => {
                "Chọn cùng lúc các tệp của bộ số liệu, như thư mục data/caobang-2020 của NTM \
                 Planner: province.json (tỉnh, huyện, kế hoạch vốn, mục tiêu), communes.csv \
                 (mỗi xã một dòng: mã, tên, huyện, loại, các cờ, số hộ, tỷ lệ hộ nghèo, độ xa, \
                 mức đạt 19 tiêu chí) và villages.csv (mỗi xóm một dòng); thêm criteria.json \
                 nếu tỉnh có bộ tiêu chí riêng. Cách dễ nhất: tải các tệp mẫu bên dưới, sửa \
                 trong bảng tính rồi mở lại. Số liệu được kiểm tra như lệnh ntm-sim --dataset; \
                 chỉ lưu trong trình duyệt này, không gửi đi đâu."
            }
            Columns => {
                "Lưu CSV dạng UTF-8 (“CSV UTF-8”): cột cách nhau bằng dấu phẩy và số thập \
                 phân dùng dấu chấm, hoặc như Excel tiếng Việt ghi (dấu chấm phẩy, số thập phân \
                 dùng dấu phẩy). \
                 Mức đạt mỗi tiêu chí (c01–c19, v01–v15) là phần trăm \
                 so với ngưỡng đạt (100 trở lên = đạt, 60 = được 60%), không phải 1/0."
            }
            Pick => "Chọn tệp…",
            Drop => "hoặc kéo thả các tệp vào đây",
            Reading => "Đang đọc và kiểm tra…",
            Problems => {
                "Có {n} vấn đề trong các tệp; chưa dùng số liệu nào. Sửa trong tệp rồi chọn lại:"
            }
            ProblemsMore => "…và còn vấn đề khác (sửa các dòng trên rồi mở lại để xem tiếp).",
            Untouched => "Số liệu và kịch bản đang dùng không thay đổi.",
            Ready => {
                "{name}: {districts} huyện, {units} đơn vị cấp xã ({candidates} xã xét công \
                 nhận NTM), {villages} xóm; số liệu tính đến {date}."
            }
            ReadyFiles => "Tệp:",
            FlagIllustrative => {
                "province.json ghi \"illustrative\": true nên trang sẽ ghi số liệu này là minh \
                 họa. Nếu là số liệu thật, hãy sửa thành false."
            }
            FlagVillagesIncomplete => {
                "province.json ghi \"villages_complete\": false: mục tiêu tính trên mọi xóm \
                 của tỉnh (30% tổng số xóm) sẽ không được đánh giá. Nếu villages.csv có đủ mọi \
                 xóm, hãy sửa thành true."
            }
            FlagVillagesMissing => {
                "province.json ghi \"villages_complete\": true nhưng {n} xã không có xóm nào \
                 trong villages.csv: mục tiêu 30% tổng số xóm sẽ bị đánh giá trên một phần số \
                 xóm. Hãy thêm đủ xóm, hoặc sửa thành false."
            }
            FlagDefaultsId => {
                "province.json vẫn giữ mã “{id}” của bộ số liệu mặc định: ở máy chưa tải các \
                 tệp này, liên kết chia sẻ từ số liệu này sẽ mở bằng số liệu mặc định, ra số khác \
                 (trang chỉ báo là số liệu khác). Hãy đặt mã riêng (\"id\", ví dụ \"caobang-2024\"), tên \
                 (\"name_vi\") và ghi chú (\"note_vi\") của tỉnh."
            }
            FlagSameVersion => {
                "Số liệu đã tải trước đây cũng mang mã “{id}”, phiên bản {v}, nhưng nội dung \
                 khác: liên kết đã chia sẻ từ số liệu cũ sẽ mở với số liệu mới, ra số khác (trang \
                 chỉ báo là số liệu khác). \
                 Hãy tăng \"version\" trong province.json (ví dụ {v} → {next})."
            }
            FlagDefaultsNote => {
                "province.json ghi \"illustrative\": false nhưng vẫn giữ ghi chú của bộ số liệu \
                 mặc định (\"note_vi\", \"note_en\"), ghi rằng tình trạng tiêu chí là minh họa: \
                 trang và báo cáo sẽ nói cả hai. Hãy viết ghi chú của tỉnh: số liệu lấy từ đâu, \
                 tính đến ngày nào."
            }
            ProblemsMany => {
                "Có hơn {n} vấn đề trong các tệp; chưa dùng số liệu nào. Sửa các vấn đề dưới \
                 đây rồi chọn lại tệp để xem tiếp:"
            }
            Use => "Dùng số liệu này",
            UseNote => {
                "Kịch bản, danh sách kịch bản và bài trình bày của mỗi bộ số liệu được lưu \
                 riêng: quay về bộ số liệu mặc định lúc nào cũng được, không mất gì."
            }
            Templates => "Tệp mẫu (bộ số liệu mặc định):",
            Close => "Đóng",
            TooLarge => {
                "lớn hơn 16 MB, quá lớn để đọc trong trình duyệt; hãy dùng ntm-sim --dataset"
            }
            Unreadable => "trình duyệt không đọc được tệp này; hãy chọn lại",
        }
    }

    fn en(self) -> &'static str {
        use DataMsg::*;
        match self {
            OwnData => "The province's own data, loaded from files (not the illustrative dataset).",
            InUse => {
                "Using loaded data: {name} — {units} commune-level units, {villages} villages \
                 (loaded {when})."
            }
            OpenDialog => "Use your province's data…",
            UseKept => "Use the loaded data again: {name} (loaded {when})",
            BackToDefault => "Back to the default data",
            PageOnly => {
                "The browser would not keep this data (storage full or disabled): it is used in \
                 this page only, and reloading the page goes back to the default data."
            }
            PageOnlyEarlier => {
                "The browser would not keep this data (storage full or disabled): it is used in \
                 this page only, and reloading the page opens the data loaded earlier (at \
                 {when})."
            }
            StoredNewer => {
                "The data loaded earlier was written by a newer version of NTM Planner (version \
                 {v}); the page uses the default data and leaves that data as it is. Open the page \
                 with the newer version. Opening the data files again here (“Use your province's \
                 data…”) writes over it."
            }
            StoredUnreadable => {
                "The data loaded earlier cannot be read (details below); the page uses the default \
                 data. The old copy is kept under “Copies set aside in the browser” (the “Scenarios” \
                 button, “Export, import” tab), to download. Open the data files again (“Use your \
                 province's data…”)."
            }
            StoredNoLongerLoads => {
                "The data loaded earlier no longer passes the checks ({problem}); the page uses \
                 the default data. Correct the file and open it again (“Use your province's \
                 data…”)."
            }
            Title => "Your province's data",
            Intro => {
                "Pick a dataset's files together, as in NTM Planner's data/caobang-2020 folder: \
                 province.json (province, districts, budget plan, targets), communes.csv (one \
                 row per commune: code, name, district, type, flags, households, poverty rate, \
                 remoteness, progress on the 19 criteria) and villages.csv (one row per \
                 village); add criteria.json if the province has criteria sets of its own. The \
                 easiest way: download the templates below, edit them in a spreadsheet and open \
                 them here. The data is checked as ntm-sim --dataset checks it; it is kept in \
                 this browser only and sent nowhere."
            }
            Columns => {
                "Save CSV as UTF-8 (“CSV UTF-8”): commas between columns and decimal points, \
                 or as a spreadsheet set to Vietnamese writes it (semicolons, decimal commas). \
                 Each \
                 criterion's progress (c01–c19, v01–v15) is a percent of its threshold (100 or \
                 more = met, 60 = 60% of the way), not 1/0."
            }
            Pick => "Pick files…",
            Drop => "or drop the files here",
            Reading => "Reading and checking…",
            Problems => {
                "Problems found in the files: {n}. No data was used. Correct them in the files \
                 and pick them again:"
            }
            ProblemsMore => "…and more (correct the lines above and open again to see the rest).",
            Untouched => "The data and the scenario in use are unchanged.",
            Ready => {
                "{name}: {districts} districts, {units} commune-level units ({candidates} \
                 communes considered for NTM), {villages} villages; data as of {date}."
            }
            ReadyFiles => "Files:",
            FlagIllustrative => {
                "province.json says \"illustrative\": true, so the page will call this data \
                 illustrative. If it is real data, change it to false."
            }
            FlagVillagesIncomplete => {
                "province.json says \"villages_complete\": false: the targets over every \
                 village of the province (30 % of all villages) will not be assessed. If \
                 villages.csv holds every village, change it to true."
            }
            FlagVillagesMissing => {
                "province.json says \"villages_complete\": true but {n} communes have no \
                 village in villages.csv: the target of 30 % of all villages would be judged on \
                 some of them. Add every village, or change it to false."
            }
            FlagDefaultsId => {
                "province.json keeps the default dataset's id “{id}”: in a browser that has \
                 not loaded these files, a link shared from this data opens on the default data, \
                 with other figures (the page only warns that the data differs). Give the province's data an id of its own \
                 (\"id\", e.g. \"caobang-2024\"), a name (\"name_en\") and a note (\"note_en\")."
            }
            FlagSameVersion => {
                "The data loaded before has the same id “{id}” and version {v}, with other \
                 content: links shared from the old data would open on the new figures (the \
                 page only warns that the data differs). Raise \"version\" in province.json (e.g. {v} → {next})."
            }
            FlagDefaultsNote => {
                "province.json says \"illustrative\": false but keeps the default dataset's note \
                 (\"note_vi\", \"note_en\"), which says the criteria status is illustrative: the \
                 page and the report would say both. Write the province's own note: where the \
                 figures come from, and as of when."
            }
            ProblemsMany => {
                "The files have more than {n} problems; no data was used. Correct those below \
                 and pick the files again to see the rest:"
            }
            Use => "Use this data",
            UseNote => {
                "Each dataset keeps its own scenario, saved scenarios and presentation: you can \
                 go back to the default data at any time and lose nothing."
            }
            Templates => "Templates (the default dataset):",
            Close => "Close",
            TooLarge => {
                "larger than 16 MB, too large to read in the browser; use ntm-sim --dataset"
            }
            Unreadable => "the browser could not read this file; pick it again",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{
        ChartMsg, CriteriaMsg, HeadlineMsg, Lang, PresentMsg, ReportMsg, Translate,
    };

    /// Every message shown of the data in use: none calls a province's own data illustrative.
    #[test]
    fn a_provinces_own_data_is_never_called_illustrative() {
        let said: Vec<(&str, &str)> = [Lang::Vi, Lang::En]
            .into_iter()
            .flat_map(|l| {
                [
                    l.t(PresentMsg::NarrativeNote),
                    l.t(PresentMsg::DistrictNote),
                    l.t(ReportMsg::Footer),
                    l.t(HeadlineMsg::FigureTip),
                    l.t(ChartMsg::ExportFooter),
                    l.t(CriteriaMsg::FactsSource),
                    l.t(CriteriaMsg::FactHouseholdsHint),
                    l.t(CriteriaMsg::FactPovertyHint),
                    l.t(CriteriaMsg::FactRemotenessHint),
                    l.t(CriteriaMsg::ColAtBaseHint),
                    l.t(CriteriaMsg::ScopeTagHint),
                ]
                .map(|m| (m, l.code()))
            })
            .collect();
        for (text, code) in said {
            let lang = if code == "vi" { Lang::Vi } else { Lang::En };
            assert_eq!(
                lang.about_data(text, true),
                text,
                "the default's wording stays"
            );
            let own = lang.about_data(text, false);
            assert!(
                !own.contains("minh họa") && !own.to_lowercase().contains("illustrative"),
                "{own}"
            );
        }
    }

    #[test]
    fn the_data_messages_are_in_both_languages() {
        use super::DataMsg::*;
        for m in [
            OwnData, InUse, Title, Intro, Columns, Problems, Ready, UseNote,
        ] {
            assert_ne!(m.vi(), m.en());
        }
    }
}
