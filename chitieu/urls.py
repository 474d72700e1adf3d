"""URL map: the admin (back office) for now; product pages are added by their apps."""

from django.contrib import admin
from django.urls import path
from django.views.generic import RedirectView

admin.site.site_header = "chitieu · Theo dõi chỉ tiêu nghị quyết"
admin.site.site_title = "chitieu"
admin.site.index_title = "Quản trị dữ liệu"

urlpatterns = [
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
    path("admin/", admin.site.urls),
]
