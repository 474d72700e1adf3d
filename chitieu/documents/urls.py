from django.urls import path

from chitieu.documents import views

app_name = "documents"
urlpatterns = [
    path("resolutions/<int:pk>/", views.resolution_reports, name="resolution"),
    path("drafts/<int:pk>/", views.draft_detail, name="draft"),
    path("drafts/<int:pk>/regenerate/", views.regenerate, name="regenerate"),
    path("drafts/<int:pk>/choose/", views.choose_text, name="choose"),
    path("drafts/<int:pk>/number/", views.give_number, name="number"),
    path("drafts/<int:pk>/report.docx", views.download_docx, name="docx"),
    path("drafts/<int:pk>/annex.xlsx", views.download_xlsx, name="xlsx"),
    path("drafts/<int:pk>/pdf/", views.request_pdf, name="pdf"),
    path("files/<int:pk>/", views.file_progress, name="file"),
    path("files/<int:pk>/download/", views.download_file, name="download"),
]
