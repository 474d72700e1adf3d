from django.urls import path

from chitieu.setup import views

app_name = "setup"
urlpatterns = [
    path("<int:pk>/", views.setup_page, name="page"),
    path("<int:pk>/template.xlsx", views.setup_template, name="template"),
    path("<int:pk>/import/", views.setup_import, name="import"),
    path("targets/<int:pk>/baseline/", views.override_baseline, name="baseline"),
]
