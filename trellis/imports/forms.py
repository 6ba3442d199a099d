from django import forms
from django.core.exceptions import ValidationError

from . import reading

ACCEPT = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class UploadForm(forms.Form):
    file = forms.FileField(
        label="Choose a file",
        widget=forms.FileInput(attrs={"accept": ACCEPT}),
        help_text="A CSV file or an Excel workbook (.xlsx), smaller than 100 MB and with at "
                  "most 1,000,000 rows. Its first row names the columns: measure, period, "
                  "value (or numerator and denominator for proportions) and note",
        error_messages={"required": "Select a CSV file or an Excel workbook",
                        "empty": "The selected file is empty",
                        "invalid": "The selected file could not be read. Choose it again"},
    )
    replace_existing = forms.BooleanField(
        label="Replace figures already recorded", required=False,
        help_text="If a period in the file already has a figure in Trellis, the file\u2019s "
                  "figure replaces it. The old figure stays in the measure\u2019s history. "
                  "Leave this unticked to be told about each one instead")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.file_kind = ""

    def clean_file(self):
        upload = self.cleaned_data["file"]
        # The size first, before any of the file is read.
        try:
            self.file_kind = reading.identify(upload, upload.size)
        except reading.FileRefused as refused:
            raise ValidationError(refused.message) from None
        return upload
