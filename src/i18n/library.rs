//! The scenarios dialog: the saved-scenario library, the dataset's ready-made scenarios,
//! scenario files (export, import and what is wrong with a file), and the library's notices.

use super::Translate;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LibraryMsg {
    Button,
    ButtonTip,
    Title,
    TabsLabel,
    /// "{n}": how many are saved.
    TabSaved,
    TabPresets,
    TabFiles,
    SaveHeading,
    NameLabel,
    /// "{n}": the longest name kept, reached in the box.
    NameFull,
    Save,
    FallbackName,
    /// The name of a scenario saved without one that differs from the defaults in nothing.
    DefaultName,
    /// "{name}": the name it was saved under.
    Saved,
    /// "{name}", and "{typed}": the name asked for, another scenario's.
    SavedNumbered,
    SavedNotWritten,
    Empty,
    EmptyLocked,
    StoredWhere,
    ListHeading,
    /// The saved list's search box (shown from `SEARCH_FROM` scenarios).
    SearchLabel,
    /// "{shown}", "{n}": how many saved scenarios the search shows.
    SearchShows,
    /// "{query}": no saved scenario's name has it.
    SearchNone,
    /// "{when}".
    SavedAt,
    OnScreen,
    /// "{name}".
    ActionsFor,
    Open,
    OpenTip,
    Overwrite,
    OverwriteTip,
    Rename,
    Duplicate,
    DuplicateTip,
    ExportOne,
    ExportOneTip,
    Delete,
    /// "{name}".
    ConfirmDelete,
    ConfirmDeleteYes,
    /// "{name}".
    ConfirmOverwrite,
    ConfirmOverwriteYes,
    Cancel,
    /// "{name}".
    RenameLabel,
    RenameSave,
    RenameEmpty,
    /// "{name}": the other scenario's.
    RenameTaken,
    Locked,
    LockedUnreadable,
    NoticeDamagedElsewhere,
    KeepThisList,
    /// "{dataset}".
    PresetsIntro,
    PresetOpen,
    PresetOpenTip,
    PresetAdd,
    PresetAddTip,
    /// "{name}".
    PresetAdded,
    ExportHeading,
    ExportHint,
    ExportNameLabel,
    /// "{file}".
    ExportFileIs,
    ExportButton,
    ImportHeading,
    ImportHint,
    ImportPick,
    ImportDrop,
    ImportReading,
    /// "{file}", "{name}".
    ImportReady,
    ImportLoad,
    ImportSave,
    /// "{v}".
    ImportOtherVersion,
    /// "{fields}": fields of the file that no scenario has.
    ImportUnknownFields,
    /// "{n}": more ignored fields than are listed.
    ImportMoreFields,
    /// "{name}".
    ImportSaved,
    /// "{file}".
    ImportFailed,
    ImportUntouched,
    /// The name of the autosave a link displaced, kept in the library.
    DisplacedAutosaveName,
    /// The same, put away by a saved scenario, a preset or a file opened on the page.
    DisplacedAutosaveOtherName,
    SetAsideHeading,
    SetAsideHint,
    /// "{when}".
    SetAsideAutosave,
    /// "{when}", "{n}" characters.
    SetAsideUnreadable,
    SetAsideLibrary,
    SetAsideStage,
    SetAsideDataset,
    SetAsideSave,
    SetAsideInLibrary,
    SetAsideDownload,
    SetAsideRemove,
    SetAsideConfirm,
    /// "{when}": the name it is saved under.
    SetAsideName,
    /// "{size}", "{max}".
    ErrTooLarge,
    ErrEmpty,
    ErrNotJson,
    ErrOtherProgram,
    ErrDamaged,
    ErrCutShort,
    /// "{v}".
    ErrNewer,
    /// "{id}", "{ours}".
    ErrOtherDataset,
    ErrInvalid,
    ErrUnreadable,
    NoticeHeading,
    /// "{key}".
    NoticeSetAside,
    NoticeLost,
    /// "{n}", "{key}".
    NoticeSkipped,
    /// "{n}".
    NoticeSkippedLost,
    /// "{v}".
    NoticeNewer,
    NoticeCannotSave,
    RefusedHeading,
    /// "{max}".
    RefusedFull,
    RefusedNotFound,
}

impl Translate for LibraryMsg {
    fn vi(self) -> &'static str {
        use LibraryMsg::*;
        match self {
            Button => "Kịch bản",
            ButtonTip => "Kịch bản đã lưu, kịch bản có sẵn, xuất và nhập tệp kịch bản",
            Title => "Kịch bản",
            TabsLabel => "Các loại kịch bản",
            TabSaved => "Đã lưu ({n})",
            TabPresets => "Có sẵn",
            TabFiles => "Xuất, nhập tệp",
            SaveHeading => "Lưu kịch bản đang xem",
            NameLabel => "Tên kịch bản",
            NameFull => "Tên dài nhất {n} ký tự: phần gõ hoặc dán thêm đã bị bỏ. Hãy kiểm tra đoạn cuối của tên.",
            Save => "Lưu",
            FallbackName => "Kịch bản",
            DefaultName => "Kịch bản mặc định",
            Saved => "Đã lưu vào thư viện với tên “{name}”.",
            SavedNumbered => "Đã lưu vào thư viện với tên “{name}”, vì đã có một kịch bản tên “{typed}”. Bấm “Đổi tên” trong danh sách để đặt tên khác.",
            SavedNotWritten => "Chỉ giữ trong trang này: trình duyệt không cho ghi, nên sẽ mất khi tải lại trang. Hãy tải tệp kịch bản (thẻ “Xuất, nhập tệp”) để giữ lại.",
            Empty => "Chưa lưu kịch bản nào. Đặt tên rồi bấm Lưu để giữ kịch bản đang xem.",
            EmptyLocked => "Không có kịch bản nào đã lưu mà trang này đọc được.",
            StoredWhere => {
                "Thư viện nằm trong trình duyệt này, không gửi đi đâu. Để dùng ở máy khác, \
                 hãy xuất tệp hoặc gửi liên kết."
            }
            ListHeading => "Kịch bản đã lưu",
            SearchLabel => "Tìm theo tên (gõ có dấu hoặc không dấu)",
            SearchShows => "Hiện {shown} trên {n} kịch bản đã lưu.",
            SearchNone => "Không có kịch bản đã lưu nào có tên chứa “{query}”.",
            SavedAt => "Lưu lúc {when}",
            OnScreen => "đang xem",
            ActionsFor => "Thao tác với “{name}”",
            Open => "Mở",
            OpenTip => "Thay kịch bản đang xem bằng kịch bản này",
            Overwrite => "Ghi đè",
            OverwriteTip => "Thay kịch bản đã lưu này bằng kịch bản đang xem (giữ tên)",
            Rename => "Đổi tên",
            Duplicate => "Nhân bản",
            DuplicateTip => "Tạo một bản sao ngay bên dưới",
            ExportOne => "Xuất tệp",
            ExportOneTip => "Tải kịch bản này thành tệp .ntm.json",
            Delete => "Xóa",
            ConfirmDelete => "Xóa “{name}”? Không hoàn tác được.",
            ConfirmDeleteYes => "Xóa hẳn",
            ConfirmOverwrite => "Ghi đè “{name}” bằng kịch bản đang xem?",
            ConfirmOverwriteYes => "Ghi đè",
            Cancel => "Hủy",
            RenameLabel => "Tên mới cho “{name}”",
            RenameSave => "Lưu tên",
            RenameEmpty => "Hãy nhập một tên.",
            RenameTaken => "Đã có kịch bản tên “{name}”: hãy chọn tên khác.",
            Locked => {
                "Thư viện trong trình duyệt này do phiên bản NTM Planner mới hơn ghi: trang này \
                 chỉ đọc, không lưu gì vào đó để khỏi ghi đè."
            }
            LockedUnreadable => {
                "Thư viện vừa bị thay đổi ở một thẻ khác và không đọc được: trang này chưa lưu gì \
                 vào đó. Bấm “Giữ danh sách của trang này” ở thông báo phía trên để lưu lại danh \
                 sách đang hiện."
            }
            PresetsIntro => "Các kịch bản đi kèm bộ dữ liệu {dataset}.",
            PresetOpen => "Mở",
            PresetOpenTip => "Thay kịch bản đang xem bằng kịch bản có sẵn này",
            PresetAdd => "Thêm vào thư viện",
            PresetAddTip => "Lưu kịch bản có sẵn này vào thư viện để sửa và so sánh",
            PresetAdded => "Đã thêm “{name}” vào thư viện.",
            ExportHeading => "Xuất kịch bản đang xem ra tệp",
            ExportHint => {
                "Tệp JSON mở lại được bằng NTM Planner (ở đây hoặc máy khác) và bằng \
                 ntm-sim --scenario. Tệp chỉ lưu kịch bản, không lưu cách xem (năm, huyện, xã \
                 đang xem): trang mở tệp vẫn giữ cách xem đang có. Liên kết (“Chia sẻ”) lưu cả \
                 cách xem."
            }
            ExportNameLabel => "Tên trong tệp",
            ExportFileIs => "Tên tệp: {file}",
            ExportButton => "Tải tệp kịch bản",
            ImportHeading => "Nhập kịch bản từ tệp",
            ImportHint => "Tệp .ntm.json do NTM Planner xuất ra. Kịch bản đang xem chỉ thay đổi khi bạn chọn mở.",
            ImportPick => "Chọn tệp…",
            ImportDrop => "hoặc kéo thả tệp vào ô này",
            ImportReading => "Đang đọc tệp…",
            ImportReady => "Tệp “{file}” chứa kịch bản “{name}”.",
            ImportLoad => "Mở làm kịch bản đang xem",
            ImportSave => "Lưu vào thư viện",
            ImportOtherVersion => {
                "Tệp được tạo cho phiên bản {v} của bộ dữ liệu; kết quả có thể khác với khi tạo tệp."
            }
            ImportMoreFields => "… và {n} trường khác",
            ImportUnknownFields => {
                "Tệp có các trường không thuộc kịch bản nên đã bị bỏ qua (có thể gõ sai tên?): \
                 {fields}. Nếu đó là một đòn bẩy, hãy sửa tên trong tệp."
            }
            ImportSaved => "Đã lưu “{name}” vào thư viện.",
            ImportFailed => "Không nhập được tệp “{file}”.",
            ImportUntouched => "Kịch bản đang xem không thay đổi.",
            DisplacedAutosaveName => "Tự lưu trước khi mở liên kết",
            DisplacedAutosaveOtherName => "Tự lưu trước khi mở kịch bản khác",
            SetAsideHeading => "Bản đã cất riêng trong trình duyệt",
            SetAsideHint => "Khi một bản tự lưu, thư viện, danh sách so sánh hoặc số liệu tải lên không đọc được, hoặc bản tự lưu sắp bị ghi đè, NTM Planner cất nó riêng ở đây thay vì xóa. Lưu bản tự lưu vào thư viện để dùng lại; tải về để gửi người có thể sửa; xóa khi không cần nữa.",
            SetAsideAutosave => "Bản tự lưu, cất lúc {when}",
            SetAsideUnreadable => "Bản tự lưu không đọc được, cất lúc {when} ({n} ký tự)",
            SetAsideLibrary => "Thư viện không đọc được, cất lúc {when}",
            SetAsideStage => "Cột so sánh và kịch bản trình chiếu không đọc được, cất lúc {when}",
            SetAsideDataset => "Số liệu tải lên không đọc được, cất lúc {when}",
            SetAsideSave => "Lưu vào thư viện",
            SetAsideInLibrary => "Đã có trong thư viện",
            SetAsideDownload => "Tải về",
            SetAsideRemove => "Xóa",
            SetAsideConfirm => "Bấm lần nữa để xóa vĩnh viễn",
            SetAsideName => "Bản tự lưu đã cất ({when})",
            ErrTooLarge => "Tệp quá lớn ({size}); tệp kịch bản không bao giờ lớn hơn {max}.",
            ErrEmpty => "Tệp trống. Hãy mở lại tệp gốc, hoặc xuất lại kịch bản từ NTM Planner (“Kịch bản” → “Xuất, nhập tệp” → “Tải tệp kịch bản”).",
            ErrNotJson => "Đây không phải tệp kịch bản (nội dung không phải JSON). Hãy mở lại tệp gốc, hoặc xuất lại kịch bản từ NTM Planner (“Kịch bản” → “Xuất, nhập tệp” → “Tải tệp kịch bản”).",
            ErrOtherProgram => "Tệp JSON này không phải tệp kịch bản của NTM Planner. Hãy mở lại tệp gốc, hoặc xuất lại kịch bản từ NTM Planner (“Kịch bản” → “Xuất, nhập tệp” → “Tải tệp kịch bản”).",
            ErrCutShort => "Tệp kịch bản bị cắt ngắn: nội dung dừng giữa chừng (có thể tải về hoặc sao chép chưa xong). Hãy tải hoặc sao chép lại tệp gốc, hoặc xuất lại kịch bản từ NTM Planner (“Kịch bản” → “Xuất, nhập tệp” → “Tải tệp kịch bản”).",
            ErrDamaged => "Tệp kịch bản bị hỏng: thiếu mục, hoặc có giá trị sai kiểu (xem chi tiết bên dưới). Hãy mở lại tệp gốc, hoặc xuất lại kịch bản từ NTM Planner (“Kịch bản” → “Xuất, nhập tệp” → “Tải tệp kịch bản”).",
            ErrNewer => {
                "Tệp được lưu bởi phiên bản NTM Planner mới hơn (phiên bản tệp {v}); hãy dùng \
                 phiên bản mới nhất."
            }
            ErrOtherDataset => "Tệp được tạo cho bộ dữ liệu “{id}”, không phải bộ dữ liệu này ({ours}).",
            ErrInvalid => "Kịch bản trong tệp có giá trị không hợp lệ: {problems}. Hãy sửa các giá trị này trong tệp bằng một trình soạn thảo văn bản (mỗi giá trị ghi kèm tên mục của nó trong phần “scenario” của tệp), mở lại tệp gốc, hoặc xuất lại kịch bản từ NTM Planner (“Kịch bản” → “Xuất, nhập tệp” → “Tải tệp kịch bản”).",
            ErrUnreadable => "Trình duyệt không đọc được tệp.",
            NoticeHeading => "Thư viện kịch bản đã lưu có vấn đề.",
            NoticeSetAside => {
                "Thư viện bị hỏng nên không đọc được; đã cất sang khóa “{key}” (không xóa) và \
                 bắt đầu thư viện mới. Xem lại ở “Kịch bản” → “Xuất, nhập tệp” → “Bản đã cất riêng trong trình duyệt”."
            }
            NoticeLost => {
                "Thư viện bị hỏng nên không đọc được, và trình duyệt không cho cất sang chỗ \
                 khác; bắt đầu thư viện mới."
            }
            NoticeSkipped => {
                "{n} kịch bản đã lưu không đọc được (bộ dữ liệu khác hoặc bị hỏng) nên bị bỏ qua; \
                 bản gốc đã cất sang khóa “{key}”. Các kịch bản khác vẫn còn."
            }
            NoticeSkippedLost => {
                "{n} kịch bản đã lưu không đọc được (bộ dữ liệu khác hoặc bị hỏng) nên bị bỏ qua. \
                 Các kịch bản khác vẫn còn."
            }
            NoticeDamagedElsewhere => {
                "Thư viện kịch bản vừa bị thay đổi ở một thẻ khác và không đọc được. Trang này \
                 vẫn hiện các kịch bản đang có và chưa ghi gì lên thư viện đó. Bấm “Giữ danh sách \
                 của trang này” để lưu lại các kịch bản này (bản hỏng được cất sang một khóa khác, \
                 không mất). Nếu tải lại trang mà không bấm, danh sách này sẽ mất."
            }
            KeepThisList => "Giữ danh sách của trang này",
            NoticeNewer => {
                "Thư viện được ghi bởi phiên bản NTM Planner mới hơn (phiên bản {v}); đã để \
                 nguyên, và trang này không lưu vào thư viện để khỏi ghi đè."
            }
            NoticeCannotSave => {
                "Trình duyệt không cho lưu thư viện (bộ nhớ đầy hoặc bị tắt): thay đổi trong thư \
                 viện sẽ mất khi tải lại trang. Hãy xuất tệp để giữ kịch bản."
            }
            RefusedHeading => "Không thực hiện được trong thư viện.",
            RefusedFull => "Thư viện đã đủ {max} kịch bản: hãy xóa bớt trước khi lưu thêm.",
            RefusedNotFound => {
                "Không còn kịch bản này trong thư viện (có thể đã bị xóa ở thẻ trình duyệt khác)."
            }
        }
    }

    fn en(self) -> &'static str {
        use LibraryMsg::*;
        match self {
            Button => "Scenarios",
            ButtonTip => "Saved and ready-made scenarios, export and import scenario files",
            Title => "Scenarios",
            TabsLabel => "Kinds of scenario",
            TabSaved => "Saved ({n})",
            TabPresets => "Ready-made",
            TabFiles => "Export, import",
            SaveHeading => "Save the scenario on screen",
            NameLabel => "Scenario name",
            NameFull => "Names are at most {n} characters: what was typed or pasted beyond that was dropped. Check the end of the name.",
            Save => "Save",
            FallbackName => "Scenario",
            DefaultName => "Default scenario",
            Saved => "Saved in the library as “{name}”.",
            SavedNumbered => "Saved in the library as “{name}”, because a scenario named “{typed}” is there already. Press “Rename” in the list to give it another name.",
            SavedNotWritten => "Kept in this page only: the browser will not write it, so it will be lost on reload. Download the scenario file (the “Export, import” tab) to keep it.",
            Empty => "No scenario saved yet. Give it a name and press Save to keep the scenario on screen.",
            EmptyLocked => "No saved scenario this page can read.",
            StoredWhere => {
                "The library lives in this browser and is sent nowhere. To use it on another \
                 computer, export a file or send the link."
            }
            ListHeading => "Saved scenarios",
            SearchLabel => "Find by name (with or without Vietnamese marks)",
            SearchShows => "Showing {shown} of {n} saved scenarios.",
            SearchNone => "No saved scenario's name contains “{query}”.",
            SavedAt => "Saved {when}",
            OnScreen => "on screen",
            ActionsFor => "Actions for “{name}”",
            Open => "Open",
            OpenTip => "Replace the scenario on screen with this one",
            Overwrite => "Overwrite",
            OverwriteTip => "Replace this saved scenario with the one on screen (keeps the name)",
            Rename => "Rename",
            Duplicate => "Duplicate",
            DuplicateTip => "Make a copy just below",
            ExportOne => "Export file",
            ExportOneTip => "Download this scenario as a .ntm.json file",
            Delete => "Delete",
            ConfirmDelete => "Delete “{name}”? This cannot be undone.",
            ConfirmDeleteYes => "Delete it",
            ConfirmOverwrite => "Overwrite “{name}” with the scenario on screen?",
            ConfirmOverwriteYes => "Overwrite",
            Cancel => "Cancel",
            RenameLabel => "New name for “{name}”",
            RenameSave => "Save name",
            RenameEmpty => "Type a name.",
            RenameTaken => "A scenario is named “{name}” already: choose another name.",
            Locked => {
                "The library in this browser was written by a newer version of NTM Planner: \
                 this page only reads it and saves nothing there, so as not to overwrite it."
            }
            LockedUnreadable => {
                "The library was just changed in another tab and cannot be read: this page has \
                 saved nothing there. Press “Keep this page's list” in the notice above to save \
                 the list on show again."
            }
            PresetsIntro => "Scenarios that come with the dataset {dataset}.",
            PresetOpen => "Open",
            PresetOpenTip => "Replace the scenario on screen with this ready-made one",
            PresetAdd => "Add to the library",
            PresetAddTip => "Save this ready-made scenario in the library, to change and compare it",
            PresetAdded => "“{name}” was added to the library.",
            ExportHeading => "Export the scenario on screen to a file",
            ExportHint => {
                "A JSON file that NTM Planner opens again (here or on another computer), as \
                 does ntm-sim --scenario. The file keeps only the scenario, not the view (the year, \
                 district or commune on screen): the page that opens it keeps the view it has. A \
                 link (“Share”) keeps the view too."
            }
            ExportNameLabel => "Name in the file",
            ExportFileIs => "File name: {file}",
            ExportButton => "Download the scenario file",
            ImportHeading => "Import a scenario from a file",
            ImportHint => "A .ntm.json file exported by NTM Planner. The scenario on screen only changes if you choose to open it.",
            ImportPick => "Choose a file…",
            ImportDrop => "or drag and drop a file onto this box",
            ImportReading => "Reading the file…",
            ImportReady => "The file “{file}” holds the scenario “{name}”.",
            ImportLoad => "Open it on screen",
            ImportSave => "Save to the library",
            ImportOtherVersion => {
                "The file was made for version {v} of the dataset; results may differ from when it was made."
            }
            ImportMoreFields => "… and {n} more",
            ImportUnknownFields => {
                "The file has fields no scenario has, which were ignored (a typo?): {fields}. \
                 Correct the file if one of them is a lever."
            }
            ImportSaved => "“{name}” was saved in the library.",
            ImportFailed => "The file “{file}” could not be imported.",
            ImportUntouched => "The scenario on screen is unchanged.",
            DisplacedAutosaveName => "Autosave before a link was opened",
            DisplacedAutosaveOtherName => "Autosave before another scenario was opened",
            SetAsideHeading => "Copies set aside in the browser",
            SetAsideHint => "When an autosave, the library, the comparison or loaded data cannot be read, or an autosave is about to be written over, NTM Planner sets it aside here instead of deleting it. Save an autosave to the library to use it again; download a copy to send to someone who can repair it; delete it when it is no longer needed.",
            SetAsideAutosave => "Autosave, set aside on {when}",
            SetAsideUnreadable => "Unreadable autosave, set aside on {when} ({n} characters)",
            SetAsideLibrary => "Unreadable library, set aside on {when}",
            SetAsideStage => "Unreadable comparison and storyboard, set aside on {when}",
            SetAsideDataset => "Unreadable loaded data, set aside on {when}",
            SetAsideSave => "Save to the library",
            SetAsideInLibrary => "Already in the library",
            SetAsideDownload => "Download",
            SetAsideRemove => "Delete",
            SetAsideConfirm => "Press again to delete for good",
            SetAsideName => "Autosave set aside ({when})",
            ErrTooLarge => "The file is too large ({size}); a scenario file is never larger than {max}.",
            ErrEmpty => "The file is empty. Open the original file again, or export the scenario again from NTM Planner (“Scenarios” → “Export, import” → “Download the scenario file”).",
            ErrNotJson => "This is not a scenario file (its content is not JSON). Open the original file again, or export the scenario again from NTM Planner (“Scenarios” → “Export, import” → “Download the scenario file”).",
            ErrOtherProgram => "This JSON file is not an NTM Planner scenario file. Open the original file again, or export the scenario again from NTM Planner (“Scenarios” → “Export, import” → “Download the scenario file”).",
            ErrCutShort => "The scenario file is cut short: its content stops part way (a download or a copy that did not finish). Download or copy the original file again, or export the scenario again from NTM Planner (“Scenarios” → “Export, import” → “Download the scenario file”).",
            ErrDamaged => "The scenario file is damaged: a part is missing, or a value has the wrong type (see the detail below). Open the original file again, or export the scenario again from NTM Planner (“Scenarios” → “Export, import” → “Download the scenario file”).",
            ErrNewer => {
                "The file was saved by a newer version of NTM Planner (file version {v}); use \
                 the newest version."
            }
            ErrOtherDataset => "The file was made for the dataset “{id}”, not this one ({ours}).",
            ErrInvalid => "The scenario in the file has values that are not valid: {problems}. Correct them in the file with a text editor (each is given with its field inside the file's “scenario” part), open the original file again, or export the scenario again from NTM Planner (“Scenarios” → “Export, import” → “Download the scenario file”).",
            ErrUnreadable => "The browser could not read the file.",
            NoticeHeading => "There is a problem with the saved-scenario library.",
            NoticeSetAside => {
                "The library was damaged and could not be read; it was set aside under the key \
                 “{key}” (not deleted) and a new library was started. Find it under “Scenarios” → “Export, import” → “Copies set aside in the browser”."
            }
            NoticeLost => {
                "The library was damaged and could not be read, and the browser would not let \
                 it be set aside; a new library was started."
            }
            NoticeSkipped => {
                "Saved scenarios that could not be read (another dataset, or damaged) were \
                 skipped: {n}. The original was set aside under the key “{key}”. The others are there."
            }
            NoticeSkippedLost => {
                "Saved scenarios that could not be read (another dataset, or damaged) were \
                 skipped: {n}. The others are there."
            }
            NoticeDamagedElsewhere => {
                "The scenario library was just changed in another tab and cannot be read. This \
                 page still shows the scenarios it has and has written nothing over that \
                 library. Press “Keep this page's list” to save these scenarios again (the \
                 damaged copy is set aside under another key, not lost). Reloading without it \
                 loses this list."
            }
            KeepThisList => "Keep this page's list",
            NoticeNewer => {
                "The library was written by a newer version of NTM Planner (version {v}); it \
                 was left as it is, and this page saves nothing there, so as not to overwrite it."
            }
            NoticeCannotSave => {
                "The browser does not allow saving the library (storage full or disabled): \
                 changes to the library will be lost on reload. Export files to keep scenarios."
            }
            RefusedHeading => "That could not be done in the library.",
            RefusedFull => "The library holds its maximum of {max} scenarios: delete some before saving more.",
            RefusedNotFound => {
                "This scenario is no longer in the library (it may have been deleted in another tab)."
            }
        }
    }
}
