from django.urls import path

from chitieu.reports import overview, views

app_name = "reports"
urlpatterns = [
    path("", views.home, name="home"),
    path("resolutions/<int:pk>/", views.resolution_dashboard, name="dashboard"),
    path("resolutions/<int:pk>/scorecards/", views.resolution_scorecards, name="scorecards"),
    path("targets/<int:pk>/", views.target_detail, name="target"),
    path("localities/<int:pk>/", views.locality_detail, name="locality"),
    path(
        "localities/<int:pk>/criteria/<int:set_pk>/<year:year>/",
        views.criteria_matrix,
        name="criteria_matrix",
    ),
    path("indicators/<int:pk>/ranking/", views.indicator_ranking, name="ranking"),
    path("compare/", views.compare_resolutions, name="compare"),
    path("overview/", overview.national_overview, name="overview"),
    path("public/resolutions/<int:pk>/", views.public_resolution, name="public_resolution"),
]
