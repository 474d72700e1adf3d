from django.urls import path

from chitieu.documents.signed import views

app_name = "signed"
urlpatterns = [
    path("drafts/<int:pk>/sign/", views.sign, name="sign"),
    path("<int:pk>/", views.report, name="report"),
    path("<int:pk>/report.pdf", views.download, name="download"),
    path("<int:pk>/send/", views.send, name="send"),
    path("<int:pk>/receive/", views.receive, name="receive"),
    path("<int:pk>/return/", views.give_back, name="return"),
    path("<int:pk>/reopen/", views.reopen, name="reopen"),
    path("inbox/", views.inbox, name="inbox"),
    path("verify/", views.verify, name="verify"),
]
