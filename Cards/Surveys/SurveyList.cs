namespace CoordinatorBot.Cards.Surveys;

/// <summary>"undersøgelser": the community's surveys, newest first, open or closed, with how many answered and a button to the results.</summary>
public static class SurveyList
{
    public const int Shown = 15;

    public static AdaptiveCard Compose(Texts texts, IReadOnlyList<SurveyRow> rows, DateOnly today, Notice? notice = null)
    {
        var body = BodyWith(notice);

        body.Add(Title(texts.SurveyListTitle));
        if (rows.Count == 0)
        {
            body.Add(Paragraph(texts.SurveyListEmpty));
        }

        foreach (var row in rows.Take(Shown))
        {
            var s = row.Survey;
            var state = s.IsOpen(today) ? texts.SurveyOpenUntil(texts.Day(s.Closes)) : texts.SurveyClosedOn(texts.Day(s.Closes));
            body.Add(new Container(
            [
                TextBlock.Markdown($"**#{s.Number}** · {s.Title}"),
                new TextBlock($"{state} · {texts.SurveyAnswered(row.Answers, s.Recipients.Count, s.Recipients.Count == 0 ? 0 : (int)Math.Round(100m * row.Answers / s.Recipients.Count))}")
                    { IsSubtle = true, Spacing = Spacing.None },
                new ActionSet([Execute(texts, texts.SurveyShowResults, CardVerbs.SurveyResults, (CardVerbs.SurveyKey, s.Number.ToString(CultureInfo.InvariantCulture)))]),
            ]) { Separator = true });
        }

        if (rows.Count > Shown)
        {
            body.Add(new TextBlock(texts.SurveyListMore(rows.Count - Shown)) { IsSubtle = true });
        }

        return Card(texts, texts.SurveyListTitle, body);
    }
}
