"""The Learn screen (rounds of recognise → recall → produce), over :mod:`studyapp.core.learn`."""
