//! What went wrong, in Vietnamese and in English: the planners who run ntm-sim read the one,
//! the analysts the other. Each message says what is wrong and, where it can, how to fix it.
//! The model's errors carry English text; their Vietnamese is here, one line per kind.

use ntm_model::codec::file::FileError;
use ntm_model::codec::json_error;
use ntm_model::codec::link::LinkError;
use ntm_model::format::Lang;
use ntm_model::scenario::{list_problems, ScenarioProblem};
use std::fmt;
use std::io;
use std::path::Path;

/// A message in both languages.
#[derive(Debug, Clone, PartialEq)]
pub struct Fail {
    pub vi: String,
    pub en: String,
}

impl Fail {
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Fail {
        Fail {
            vi: vi.into(),
            en: en.into(),
        }
    }

    /// The same message with a line added in each language (a hint, a list of problems).
    pub fn and(self, vi: &str, en: &str) -> Fail {
        Fail::new(format!("{}\n{vi}", self.vi), format!("{}\n{en}", self.en))
    }
}

impl fmt::Display for Fail {
    /// Vietnamese first, then English, each line marked with the program's name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines = self.vi.lines().chain(self.en.lines());
        for (i, line) in lines.enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "ntm-sim: {line}")?;
        }
        Ok(())
    }
}

/// The results could not be written out (a full disk, a closed file).
pub fn unwritable(e: &io::Error) -> Fail {
    Fail::new(
        format!("không ghi được kết quả ra đầu ra chuẩn: lỗi hệ thống ({e}); kiểm tra chỗ trống trên đĩa hoặc nơi chuyển kết quả tới"),
        format!("cannot write the results to standard output: {e}; check the free disk space or where the output goes"),
    )
}

/// A file that could not be read at all.
pub fn unreadable(path: &Path, e: &io::Error) -> Fail {
    let p = path.display();
    // A dataset's file is saved again from its spreadsheet; only a scenario file is exported
    // from the app.
    let data_file = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
        matches!(
            n,
            "communes.csv" | "villages.csv" | "province.json" | "criteria.json"
        )
    });
    let why_vi = match e.kind() {
        io::ErrorKind::NotFound => "không có tệp này (kiểm tra đường dẫn)".to_string(),
        io::ErrorKind::PermissionDenied => "không có quyền đọc tệp".to_string(),
        io::ErrorKind::IsADirectory => "đây là một thư mục, không phải tệp".to_string(),
        io::ErrorKind::NotADirectory => {
            "một phần của đường dẫn là tệp, không phải thư mục (kiểm tra đường dẫn)".to_string()
        }
        io::ErrorKind::InvalidData if data_file => {
            "tệp không phải văn bản UTF-8 (hãy lưu lại dưới dạng “CSV UTF-8”, hoặc văn bản \
             UTF-8 với tệp .json)"
                .to_string()
        }
        io::ErrorKind::InvalidData => {
            "tệp không phải văn bản UTF-8 (hãy lưu lại dưới dạng văn bản UTF-8, hoặc xuất lại \
             tệp kịch bản từ ứng dụng)"
                .to_string()
        }
        _ => format!("lỗi hệ thống ({e})"),
    };
    let why_en = match e.kind() {
        io::ErrorKind::NotFound => "there is no such file (check the path)".to_string(),
        io::ErrorKind::PermissionDenied => "no permission to read the file".to_string(),
        io::ErrorKind::IsADirectory => "this is a directory, not a file".to_string(),
        io::ErrorKind::NotADirectory => {
            "a part of the path is a file, not a folder (check the path)".to_string()
        }
        io::ErrorKind::InvalidData if data_file => {
            "the file is not UTF-8 text (save it again as “CSV UTF-8”, or as UTF-8 text for a \
             .json file)"
                .to_string()
        }
        io::ErrorKind::InvalidData => {
            "the file is not UTF-8 text (save it again as UTF-8 text, or export the scenario \
             file from the app again)"
                .to_string()
        }
        _ => format!("system error ({e})"),
    };
    Fail::new(
        format!("không đọc được {p}: {why_vi}"),
        format!("cannot read {p}: {why_en}"),
    )
}

/// A scenario file the model refused.
pub fn scenario_file(path: &Path, e: &FileError) -> Fail {
    let p = path.display();
    let vi = match e {
        FileError::TooLarge => format!(
            "tệp quá lớn (hơn {} MB) để là một tệp kịch bản",
            ntm_model::codec::file::MAX_BYTES / (1024 * 1024)
        ),
        FileError::NotAScenario(d) => format!(
            "đây không phải tệp kịch bản NTM Planner ({})",
            json_error::in_vietnamese(d)
        ),
        FileError::Newer(v) => format!(
            "tệp được lưu bởi phiên bản NTM Planner mới hơn (phiên bản tệp {v}); hãy cập nhật"
        ),
        FileError::Invalid(problems) => format!(
            "kịch bản trong tệp có giá trị không hợp lệ: {}",
            list_problems(problems, usize::MAX, Lang::Vi)
        ),
    };
    let f = Fail::new(format!("{p}: {vi}"), format!("{p}: {e}"));
    match e {
        FileError::NotAScenario(_) => f.and(
            "Hãy dùng tệp .ntm.json xuất từ ứng dụng (“Kịch bản” → “Xuất, nhập tệp” → “Tải tệp \
             kịch bản”).",
            "Use a .ntm.json file exported from the app (“Scenarios” → “Export, import” → \
             “Download the scenario file”).",
        ),
        _ => f,
    }
}

/// A share link the model refused.
pub fn link(e: &LinkError) -> Fail {
    let vi = match e {
        LinkError::Empty => "liên kết không chứa kịch bản nào".to_string(),
        LinkError::TooLong(n) => {
            format!("liên kết quá dài ({n} ký tự) để là một liên kết NTM Planner")
        }
        LinkError::NotBase64 => {
            "liên kết chứa ký tự mà liên kết kịch bản không bao giờ có (có thể đã bị cắt hoặc sửa)"
                .to_string()
        }
        LinkError::Corrupted => "liên kết bị hỏng hoặc bị cắt ngắn".to_string(),
        LinkError::Newer => {
            "liên kết được tạo bởi một phiên bản NTM Planner mới hơn bản này".to_string()
        }
        LinkError::OtherDataset(id) => {
            format!("liên kết được tạo cho bộ dữ liệu '{id}', không phải bộ dữ liệu này")
        }
        LinkError::Invalid(problems) => format!(
            "kịch bản trong liên kết có giá trị không hợp lệ: {}",
            list_problems(problems, usize::MAX, Lang::Vi)
        ),
        LinkError::Unencodable(_) => "không ghi được kịch bản này vào liên kết".to_string(),
    };
    let f = Fail::new(format!("--link: {vi}"), format!("--link: {e}"));
    match e {
        LinkError::Newer => f.and(
            "Hãy chạy bằng ntm-sim của phiên bản đã tạo liên kết, hoặc nhờ người gửi xuất tệp kịch bản.",
            "Run it with the ntm-sim of the version that made the link, or ask the sender for the scenario file.",
        ),
        LinkError::OtherDataset(_) => f.and(
            "Hãy chạy với bộ dữ liệu đó (--dataset THƯ_MỤC).",
            "Run it with that dataset (--dataset DIR).",
        ),
        LinkError::Unencodable(_) => f,
        _ => f.and(
            "Hãy sao chép lại toàn bộ liên kết (trong ứng dụng: “Chia sẻ” → “Sao chép liên kết”) và đặt nó trong dấu nháy đơn.",
            "Copy the whole link again (in the app: “Share” → “Copy link”) and put it in single quotes.",
        ),
    }
}

/// A scenario that is not valid, each problem on its own line in each language (the field
/// paths are the file's, the same in both).
pub fn invalid(problems: &[ScenarioProblem]) -> Fail {
    let list = |lang: Lang| -> String {
        let lines: Vec<String> = problems
            .iter()
            .map(|p| format!("  - {}", p.said_in(lang)))
            .collect();
        lines.join("\n")
    };
    Fail::new(
        format!("kịch bản không hợp lệ:\n{}", list(Lang::Vi)),
        format!("the scenario is not valid:\n{}", list(Lang::En)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_says_the_program_and_vietnamese_comes_first() {
        let f = Fail::new("sai", "wrong").and("gợi ý", "hint");
        assert_eq!(
            f.to_string(),
            "ntm-sim: sai\nntm-sim: gợi ý\nntm-sim: wrong\nntm-sim: hint"
        );
    }

    #[test]
    fn a_missing_file_says_so_in_both_languages() {
        let e = io::Error::from(io::ErrorKind::NotFound);
        let f = unreadable(Path::new("x.json"), &e);
        assert!(f.vi.contains("không có tệp này"), "{}", f.vi);
        assert!(f.en.starts_with("cannot read x.json"), "{}", f.en);
    }
}
