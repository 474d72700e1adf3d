from django.urls import path

from chitieu.reading import views

app_name = "reading"
urlpatterns = [
    path("resolutions/<int:pk>/targets/", views.resolution_targets, name="resolution_targets"),
    path("localities/<int:pk>/", views.locality_report, name="locality_report"),
]
