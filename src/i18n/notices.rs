//! Banners: a link that could not be read (one message per `LinkError`), a link made for
//! another dataset version, and problems with the local storage (autosave). These are shown
//! in both languages at once: whoever sent the link may not share the reader's setting.

use super::Translate;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NoticeMsg {
    LinkHeading,
    LinkEmpty,
    /// "{n}" characters.
    LinkTooLong,
    LinkNotBase64,
    LinkCorrupted,
    LinkNewer,
    /// "{id}": the dataset the link names (quoted as text).
    LinkOtherDataset,
    LinkInvalid,
    LinkUnencodable,
    LinkDefaultsShown,
    /// A bad link pasted into the page: the work on screen stays.
    LinkWorkKept,
    /// …and the address bar holds the work's link again (the pasted link was damaged).
    LinkWorkKeptAddressRestored,
    /// "{v}": the dataset version the link was made for.
    LinkOtherVersion,
    /// "{id}", "{v}": the dataset the link names, which this page has other data under.
    LinkOtherData,
    RestoreAutosave,
    StorageHeading,
    /// "{key}": where the bad autosave was put.
    StorageSetAside,
    StorageLost,
    /// After `StorageSetAside`/`StorageLost` when the autosave's values were out of range.
    StorageInvalid,
    /// "{v}": the version that wrote it.
    StorageNewer,
    StorageCannotSave,
    Detail,
    UndoResetLevers,
    UndoResetAssumptions,
    UndoResetAll,
    UndoOpened,
    UndoLoaded,
    UndoLink,
    UndoButton,
    UndoKeys,
    /// The header's redo button.
    RedoButton,
    /// "{what}": the levers as the step back would set them.
    HistoryUndoTo,
    HistoryUndoAny,
    HistoryUndoNone,
    HistoryUndoLimit,
    /// "{what}": the levers as the step forward would set them.
    HistoryRedoTo,
    HistoryRedoAny,
    HistoryRedoNone,
    /// "{what}": read out once a step back is taken.
    HistoryUndone,
    HistoryUndoneAny,
    /// "{what}": read out once a step forward is taken.
    HistoryRedone,
    HistoryRedoneAny,
    /// "{name}": the autosave a link displaced, kept in the library at the first change.
    AutosaveKeptInLibrary,
    /// …which the library could not take: copied aside in the browser's storage.
    AutosaveKeptAside,
    /// A good link's scenario is shown in place of the autosave, which is offered back.
    AutosaveDisplaced,
    /// What a page with a damaged autosave shows: the defaults, or the link's scenario.
    StorageShowsDefault,
    StorageShowsLink,
    StageHeading,
    /// "{key}": where the unreadable comparison and storyboard were put.
    StageSetAside,
    StageLost,
    /// "{v}": the version that wrote them.
    StageNewer,
    StageLeftOutHeading,
    StageLeftOut,
}

impl Translate for NoticeMsg {
    fn vi(self) -> &'static str {
        use NoticeMsg::*;
        match self {
            LinkHeading => "Không đọc được liên kết.",
            LinkEmpty => "Liên kết không chứa kịch bản nào. Hãy nhờ người gửi mở kịch bản, bấm “Chia sẻ” → “Sao chép liên kết” rồi gửi lại toàn bộ liên kết.",
            LinkTooLong => "Liên kết quá dài ({n} ký tự) để là một liên kết NTM Planner (có thể đã bị dán nối với văn bản khác). Hãy nhờ người gửi mở kịch bản, bấm “Chia sẻ” → “Sao chép liên kết” rồi gửi lại toàn bộ liên kết.",
            LinkNotBase64 => {
                "Liên kết chứa ký tự mà liên kết kịch bản không bao giờ có (có thể đã bị cắt hoặc sửa). Hãy nhờ người gửi mở kịch bản, bấm “Chia sẻ” → “Sao chép liên kết” rồi gửi lại toàn bộ liên kết."
            }
            LinkCorrupted => "Liên kết bị hỏng hoặc bị cắt ngắn. Hãy nhờ người gửi mở kịch bản, bấm “Chia sẻ” → “Sao chép liên kết” rồi gửi lại toàn bộ liên kết.",
            LinkNewer => {
                "Liên kết được tạo bởi một phiên bản NTM Planner mới hơn bản này. Hãy mở liên kết bằng phiên bản người gửi đang dùng, hoặc nhờ người gửi cho biết địa chỉ của phiên bản đó."
            }
            LinkOtherDataset => "Liên kết được tạo cho bộ dữ liệu “{id}”, không phải bộ dữ liệu đang dùng. Hãy nhờ người gửi các tệp số liệu đó, mở chúng ở “Số liệu nào là thật?” → “Dùng số liệu của tỉnh…”, rồi mở lại liên kết.",
            LinkInvalid => "Kịch bản trong liên kết có giá trị không hợp lệ: {problems}. Hãy nhờ người gửi mở kịch bản, bấm “Chia sẻ” → “Sao chép liên kết” rồi gửi lại toàn bộ liên kết.",
            LinkUnencodable => "Không ghi được kịch bản này vào liên kết; địa chỉ trên thanh địa chỉ chưa được cập nhật.",
            LinkDefaultsShown => "Đang hiển thị kịch bản mặc định.",
            LinkWorkKept => "Kịch bản đang làm được giữ nguyên. Liên kết này vẫn nằm trên thanh địa chỉ (để mở bằng phiên bản hoặc bộ dữ liệu phù hợp): muốn chia sẻ kịch bản đang làm, hãy dùng nút “Chia sẻ”.",
            LinkWorkKeptAddressRestored => {
                "Kịch bản đang làm được giữ nguyên; thanh địa chỉ đã được đặt lại về liên kết của kịch bản này."
            }
            LinkOtherVersion => {
                "Liên kết được tạo cho phiên bản {v} của bộ dữ liệu; kết quả có thể khác với khi tạo liên kết."
            }
            LinkOtherData => {
                "Liên kết được tạo trên số liệu khác với số liệu đang dùng, dù cùng mã bộ số liệu “{id}” và phiên bản {v}: kết quả có thể khác với khi tạo liên kết. Hãy mở đúng các tệp số liệu của người gửi ở “Số liệu nào là thật?” → “Dùng số liệu của tỉnh…”: liên kết sẽ mở lại với số liệu đó. Khi sửa số liệu, nên ghi phiên bản mới trong province.json."
            }
            RestoreAutosave => "Mở lại kịch bản tự lưu",
            UndoResetLevers => "Đã đặt lại mọi đòn bẩy về mặc định.",
            UndoResetAssumptions => "Đã đặt lại mọi giả định về mặc định.",
            UndoResetAll => "Đã đặt lại toàn bộ kịch bản về mặc định.",
            UndoOpened => "Đã mở kịch bản đã lưu thay cho kịch bản đang làm.",
            UndoLoaded => "Đã nạp kịch bản mới thay cho kịch bản đang làm.",
            UndoLink => "Đã mở kịch bản của liên kết thay cho kịch bản đang làm.",
            AutosaveKeptInLibrary => {
                "Công việc tự lưu trước đó đã được giữ trong thư viện “Kịch bản” với tên “{name}”, vì thay đổi vừa rồi được tự lưu thay cho nó."
            }
            StageHeading => "Không đọc lại được các cột so sánh và kịch bản trình chiếu đã lưu.",
            StageSetAside => "Chúng đã được cất sang khóa “{key}” (không xóa); màn hình “So sánh kịch bản” và “Trình chiếu” bắt đầu trống. Các kịch bản trong thư viện không bị ảnh hưởng: hãy chọn lại chúng. Xem lại ở “Kịch bản” → “Xuất, nhập tệp” → “Bản đã cất riêng trong trình duyệt”.",
            StageLost => "Bộ nhớ trình duyệt (có lẽ đã đầy) không cho cất chúng sang chỗ khác, nên chúng đã bị xóa; màn hình “So sánh kịch bản” và “Trình chiếu” bắt đầu trống. Các kịch bản trong thư viện không bị ảnh hưởng: hãy chọn lại chúng.",
            StageLeftOutHeading => "Phần so sánh và trình chiếu đã lưu có kịch bản không còn nữa.",
            StageLeftOut => "Đã bỏ ra {n} mục, mỗi mục chỉ tới một kịch bản đã bị xóa (có thể ở một thẻ khác) hoặc một kịch bản có sẵn mà bộ số liệu không còn; các mục còn lại giữ nguyên.",
            StageNewer => "Chúng được ghi bởi phiên bản NTM Planner mới hơn (phiên bản {v}); đã để nguyên (trang này không ghi đè lên chúng). Màn hình So sánh và Trình chiếu bắt đầu trống; các kịch bản trong thư viện không bị ảnh hưởng.",
            AutosaveDisplaced => {
                "Trang đang hiện kịch bản của liên kết. Kịch bản tự lưu bạn đang làm trước đó vẫn còn: bấm “Mở lại kịch bản tự lưu” để quay về nó; nếu sửa kịch bản của liên kết, nó sẽ được cất vào thư viện “Kịch bản”."
            }
            StorageShowsDefault => "Đang hiển thị kịch bản mặc định.",
            StorageShowsLink => "Đang hiển thị kịch bản của liên kết trong địa chỉ trang.",
            AutosaveKeptAside => {
                "Công việc tự lưu trước đó đã được cất riêng trong bộ nhớ trình duyệt (khóa bắt đầu bằng “ntm-planner/set-aside/”), không xóa, trước khi thay đổi vừa rồi được tự lưu thay cho nó: thư viện không nhận được nó (đầy, không ghi được, hoặc do phiên bản mới hơn quản lý), hoặc nó đã đổi ở một thẻ khác sau khi trang này mở. Xem lại ở “Kịch bản” → “Xuất, nhập tệp” → “Bản đã cất riêng trong trình duyệt”."
            }
            UndoButton => "Hoàn tác",
            UndoKeys => "Hoàn tác (Ctrl+Z): lấy lại kịch bản trước đó",
            RedoButton => "Làm lại",
            HistoryUndoTo => "Hoàn tác (Ctrl+Z), trở lại: {what}",
            HistoryUndoAny => "Hoàn tác (Ctrl+Z): trở lại kịch bản trước thay đổi gần nhất",
            HistoryUndoNone => "Chưa có thay đổi nào trên trang này để hoàn tác",
            HistoryUndoLimit => "Không hoàn tác được xa hơn: trang chỉ giữ 100 bước gần nhất",
            HistoryRedoTo => "Làm lại (Ctrl+Y): {what}",
            HistoryRedoAny => "Làm lại (Ctrl+Y) thay đổi vừa hoàn tác",
            HistoryRedoNone => "Không có thay đổi nào vừa hoàn tác để làm lại",
            HistoryUndone => "Đã hoàn tác, trở lại: {what}",
            HistoryUndoneAny => "Đã hoàn tác thay đổi gần nhất",
            HistoryRedone => "Đã làm lại: {what}",
            HistoryRedoneAny => "Đã làm lại thay đổi vừa hoàn tác",
            StorageHeading => "Bản tự lưu trong trình duyệt có vấn đề.",
            StorageSetAside => {
                "Bản tự lưu bị hỏng nên không dùng được; đã cất sang khóa “{key}” (không xóa). {shown} Xem lại ở “Kịch bản” → “Xuất, nhập tệp” → “Bản đã cất riêng trong trình duyệt”."
            }
            StorageLost => {
                "Bản tự lưu bị hỏng nên không dùng được, và bộ nhớ trình duyệt (có lẽ đã đầy) không cho cất nó sang chỗ khác, nên nó đã bị xóa để lần mở sau không vướng. {shown} Nếu còn liên kết đã chia sẻ hoặc tệp kịch bản đã tải, hãy mở lại từ đó."
            }
            StorageInvalid => "Giá trị không hợp lệ: {problems}.",
            StorageNewer => {
                "Bản tự lưu được ghi bởi phiên bản NTM Planner mới hơn (phiên bản {v}); đã để nguyên (trang này không ghi đè lên nó) và hiển thị kịch bản mặc định. Hãy giữ liên kết trên thanh địa chỉ, hoặc mở trang bằng phiên bản mới."
            }
            StorageCannotSave => {
                "Trình duyệt không cho lưu (bộ nhớ đầy hoặc bị tắt): thay đổi sẽ không được tự lưu. Hãy giữ liên kết trên thanh địa chỉ."
            }
            Detail => "Chi tiết kỹ thuật",
        }
    }

    fn en(self) -> &'static str {
        use NoticeMsg::*;
        match self {
            LinkHeading => "The link could not be read.",
            LinkEmpty => "The link contains no scenario. Ask the sender to open the scenario, press “Share” → “Copy link” and send the whole link again.",
            LinkTooLong => "The link is too long ({n} characters) to be an NTM Planner link (it may have been pasted together with other text). Ask the sender to open the scenario, press “Share” → “Copy link” and send the whole link again.",
            LinkNotBase64 => {
                "The link contains characters a scenario link never has (it may have been cut or changed). Ask the sender to open the scenario, press “Share” → “Copy link” and send the whole link again."
            }
            LinkCorrupted => "The link is damaged or cut short. Ask the sender to open the scenario, press “Share” → “Copy link” and send the whole link again.",
            LinkNewer => {
                "The link was made by a newer version of NTM Planner than this one. Open it with the version the sender uses, or ask the sender for that version's address."
            }
            LinkOtherDataset => "The link was made for the dataset “{id}”, not the one in use. Ask the sender for that data's files, open them in “Which figures are real?” → “Use your province's data…”, then open the link again.",
            LinkInvalid => "The scenario in the link has values that are not valid: {problems}. Ask the sender to open the scenario, press “Share” → “Copy link” and send the whole link again.",
            LinkUnencodable => "This scenario cannot be written into a link; the address bar was not updated.",
            LinkDefaultsShown => "Showing the default scenario.",
            LinkWorkKept => "Your current scenario is unchanged. The link stays in the address bar (to open with the right version or dataset): to share your current scenario, use the “Share” button.",
            LinkWorkKeptAddressRestored => {
                "Your current scenario is unchanged; the address bar holds its link again."
            }
            LinkOtherVersion => {
                "The link was made for version {v} of the dataset; results may differ from when it was made."
            }
            LinkOtherData => {
                "The link was made on other data than the data in use, under the same dataset id “{id}” and version {v}: results may differ from when it was made. Open the sender's own data files at “Which figures are real?” → “Use your province's data…”: the link then opens again on them. Data that is revised should get a new version in province.json."
            }
            RestoreAutosave => "Reopen the autosaved scenario",
            UndoResetLevers => "Every lever is back to its default.",
            UndoResetAssumptions => "Every assumption is back to its default.",
            UndoResetAll => "The whole scenario is back to the default.",
            UndoOpened => "A saved scenario was opened in place of your work.",
            UndoLoaded => "A scenario was loaded in place of your work.",
            UndoLink => "The link's scenario was opened in place of your work.",
            AutosaveKeptInLibrary => {
                "The work autosaved before is kept in the “Scenarios” library as “{name}”, since your last change is now autosaved in its place."
            }
            StageHeading => "The saved comparison columns and presentation storyboard could not be read back.",
            StageSetAside => "They were moved to the key “{key}” (not deleted); the “Compare scenarios” and “Present” screens start empty. The scenarios in the library are unaffected: choose them again. Find it under “Scenarios” → “Export, import” → “Copies set aside in the browser”.",
            StageLost => "The browser's storage (probably full) would not take a copy, so they were removed; the “Compare scenarios” and “Present” screens start empty. The scenarios in the library are unaffected: choose them again.",
            StageLeftOutHeading => "The saved comparison and presentation named scenarios that are gone.",
            StageLeftOut => "Left out: {n}, each naming a scenario that was deleted (perhaps in another tab) or a preset the data no longer has; the rest are as they were.",
            StageNewer => "They were written by a newer version of NTM Planner (version {v}) and were left as they are (this page does not overwrite them). The “Compare scenarios” and “Present” screens start empty; the scenarios in the library are unaffected.",
            AutosaveDisplaced => {
                "This page shows the link's scenario. The autosaved scenario you were working on is still here: press “Reopen the autosaved scenario” to go back to it; if you change the link's scenario, it is kept in the “Scenarios” library."
            }
            StorageShowsDefault => "The default scenario is shown.",
            StorageShowsLink => "The scenario of the link in the page's address is shown.",
            AutosaveKeptAside => {
                "The work autosaved earlier was copied aside in the browser's storage (a key starting with “ntm-planner/set-aside/”), not deleted, before your last change was autosaved in its place: the library could not take it (full, not writable, or owned by a newer version), or it had changed in another tab since this page opened. Find it under “Scenarios” → “Export, import” → “Copies set aside in the browser”."
            }
            UndoButton => "Undo",
            UndoKeys => "Undo (Ctrl+Z): get the previous scenario back",
            RedoButton => "Redo",
            HistoryUndoTo => "Undo (Ctrl+Z), back to: {what}",
            HistoryUndoAny => "Undo (Ctrl+Z): back to the scenario before the latest change",
            HistoryUndoNone => "No change on this page to undo yet",
            HistoryUndoLimit => "Cannot undo further: the page keeps the latest 100 steps",
            HistoryRedoTo => "Redo (Ctrl+Y): {what}",
            HistoryRedoAny => "Redo (Ctrl+Y) the change just undone",
            HistoryRedoNone => "No change just undone to redo",
            HistoryUndone => "Undone, back to: {what}",
            HistoryUndoneAny => "Undone the latest change",
            HistoryRedone => "Redone: {what}",
            HistoryRedoneAny => "Redone the change just undone",
            StorageHeading => "There is a problem with the autosave in this browser.",
            StorageSetAside => {
                "The autosave was damaged and could not be used; it was set aside under the key “{key}” (not deleted). {shown} Find it under “Scenarios” → “Export, import” → “Copies set aside in the browser”."
            }
            StorageLost => {
                "The autosave was damaged and could not be used, and the browser's storage (probably full) would not let it be set aside, so it was removed so that the next visit is not blocked. {shown} If you still have a shared link or a downloaded scenario file, open your work from there."
            }
            StorageInvalid => "Values that are not valid: {problems}.",
            StorageNewer => {
                "The autosave was written by a newer version of NTM Planner (version {v}); it was left as it is (this page does not write over it) and the default scenario is shown. Keep the link in the address bar, or open the page with the newer version."
            }
            StorageCannotSave => {
                "The browser does not allow saving (storage full or disabled): changes are not autosaved. Keep the link in the address bar."
            }
            Detail => "Technical detail",
        }
    }
}
