from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0004_target_source_address_note_and_check"),
    ]

    operations = [
        migrations.AddField(
            model_name="resolution",
            name="evaluate_partial_rollups",
            field=models.BooleanField(
                default=False,
                help_text="Off: a figure rolled up from the units below is used only once every unit has reported; until then the target reads “not enough data (7/14)”. On: it is evaluated on the units that reported, with their number beside it.",
                verbose_name="evaluate on the figures reported so far",
            ),
        ),
    ]
