from django.urls import path

from chitieu.results import views

app_name = "results"
urlpatterns = [
    path("", views.entry_home, name="home"),
    path("missing/", views.not_reported, name="not_reported"),
    path("notices/", views.notices_page, name="notices"),
    path("notices/read/", views.notices_read, name="notices_read"),
    path("notices/<int:pk>/open/", views.notice_open, name="notice_open"),
    path("<int:period_pk>/<int:locality_pk>/", views.entry_page, name="entry"),
    path("<int:period_pk>/<int:locality_pk>/check/<int:indicator_pk>/", views.check_value, name="check"),
    path("<int:period_pk>/<int:locality_pk>/workbook/", views.workbook_download, name="workbook"),
    path("<int:period_pk>/<int:locality_pk>/upload/", views.workbook_upload, name="upload"),
    path("imports/<int:pk>/", views.import_status, name="import"),
    path("evidence/<int:pk>/", views.evidence_file, name="evidence"),
    path("approvals/", views.approvals, name="approvals"),
    path("approvals/approve-all/", views.approve_all, name="approve_all"),
    path("approvals/<int:pk>/", views.approval_detail, name="approval"),
    path("approvals/<int:pk>/reopen/", views.reopen, name="reopen"),
    path("history/<int:target_pk>/", views.target_history, name="history"),
]
