"""In-app notices: what is due or overdue, figures returned or approved; an app inside results with its own table."""
