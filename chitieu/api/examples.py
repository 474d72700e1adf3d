"""Worked examples shown in the API document; the schema tests send them, so they must stay valid."""

OBSERVATIONS_JSON = {
    "items": [
        {
            "indicator": "thu-nhap-binh-quan-dau-nguoi",
            "locality_code": "19",
            "locality_scheme": "2025",
            "period_start": "2024-01-01",
            "period_end": "2024-12-31",
            "period_kind": "year",
            "kind": "official",
            "value": "62.5",
            "reported_on": "2025-01-15",
            "source": "Báo cáo số 53-BC/TU",
        }
    ]
}

OBSERVATIONS_CSV = (
    "indicator,locality_code,locality_scheme,period_start,period_end,period_kind,kind,value,reported_on,source\n"
    "thu-nhap-binh-quan-dau-nguoi,19,2025,2024-01-01,2024-12-31,year,official,62.5,2025-01-15,Báo cáo số 53-BC/TU\n"
)

PLAN_VALUES_JSON = {"items": [{"target": 1, "year": 2024, "source": "dự toán tỉnh giao", "value": "60"}]}

PLAN_VALUES_CSV = "target,year,source,value\n1,2024,dự toán tỉnh giao,60\n"
