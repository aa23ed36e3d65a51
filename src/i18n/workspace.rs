//! The workspace frame: the two panes, their tabs, the year picker, and the placeholders where
//! the charts, the criteria matrix and the commune detail go.

use super::Translate;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WorkspaceMsg {
    ScenarioPane,
    ResultsPane,
    TabLevers,
    TabAssumptions,
    TabCharts,
    TabCriteria,
    Year,
    ChartsPlaceholder,
    CriteriaPlaceholder,
    DetailHeading,
    DetailPlaceholder,
    DetailClose,
    CommuneLeversHeading,
}

impl Translate for WorkspaceMsg {
    fn vi(self) -> &'static str {
        use WorkspaceMsg::*;
        match self {
            ScenarioPane => "Kịch bản",
            ResultsPane => "Kết quả",
            TabLevers => "Đòn bẩy chính sách",
            TabAssumptions => "Giả định",
            TabCharts => "Biểu đồ",
            TabCriteria => "Tiêu chí",
            Year => "Năm hiển thị",
            ChartsPlaceholder => {
                "Các biểu đồ đầy đủ đang được hoàn thiện; tạm thời là biểu đồ số xóm đạt chuẩn."
            }
            CriteriaPlaceholder => {
                "Ma trận tiêu chí (xã × 19 tiêu chí, xóm × tiêu chí xóm) đang được hoàn thiện."
            }
            DetailHeading => "Chi tiết xã",
            DetailPlaceholder => {
                "Tiêu chí, quỹ đạo và xác suất đạt chuẩn của xã đang được hoàn thiện; các đòn bẩy riêng của xã ở dưới."
            }
            DetailClose => "Đóng chi tiết xã",
            CommuneLeversHeading => "Đòn bẩy riêng của xã",
        }
    }

    fn en(self) -> &'static str {
        use WorkspaceMsg::*;
        match self {
            ScenarioPane => "Scenario",
            ResultsPane => "Results",
            TabLevers => "Policy levers",
            TabAssumptions => "Assumptions",
            TabCharts => "Charts",
            TabCriteria => "Criteria",
            Year => "Year shown",
            ChartsPlaceholder => {
                "The full set of charts is being finished; meanwhile, villages at the standard."
            }
            CriteriaPlaceholder => {
                "The criteria matrix (communes × 19 criteria, villages × village criteria) is being finished."
            }
            DetailHeading => "Commune detail",
            DetailPlaceholder => {
                "The commune's criteria, trajectory and chances of reaching the standard are being finished; its own levers are below."
            }
            DetailClose => "Close the commune detail",
            CommuneLeversHeading => "The commune's own levers",
        }
    }
}
