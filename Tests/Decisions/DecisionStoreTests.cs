using Microsoft.Extensions.Logging.Abstractions;

namespace CoordinatorBot.Tests.Decisions;

[Trait("Category", "Integration")]
public sealed class DecisionStoreTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    [Fact]
    public async Task Concurrent_proposals_on_two_instances_get_consecutive_numbers_without_gaps_or_repeats_and_each_year_starts_at_one()
    {
        // Two instances, each numbering from its own memory, proposing at the same time: a number the other's decision
        // took is refused at the insert, and the proposal goes again under the next.
        DecisionStore[] instances = [NewStore(), NewStore()];

        var numbers = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => ProposeAsync(instances[i % 2], "numbering", 2026))));
        var nextYear = await instances[0].NextNumberAsync("numbering", 2027, default);
        var otherCommunity = await instances[0].NextNumberAsync("numbering-other", 2026, default);

        Assert.Equal(Enumerable.Range(1, 40), numbers.Select(n => n.Sequence).Order());
        Assert.Equal(Enumerable.Range(1, 40), (await instances[1].ListAsync("numbering", default)).Select(d => d.Number.Sequence).Order());
        Assert.Equal(new DecisionNumber(2027, 1), nextYear);
        Assert.Equal(new DecisionNumber(2026, 1), otherCommunity);
    }

    [Fact]
    public async Task An_instance_that_starts_continues_after_the_highest_number_stored_even_when_the_counter_is_behind()
    {
        var first = NewStore();
        for (var i = 0; i < 5; i++)
        {
            await ProposeAsync(first, "restart", 2026);
        }

        // The counter is written after the insert, at most once a second: a process that stopped may leave it behind.
        var counters = storage.Tables[TableNames.Counters];
        await Eventually.TrueAsync(async () => (await counters.GetEntityIfExistsAsync<CounterEntity>("restart", "decisions-2026")) is { HasValue: true } c &&
            c.Value!.Value == 5, "the counter at the fifth decision");
        await counters.UpsertEntityAsync(new CounterEntity { PartitionKey = "restart", RowKey = "decisions-2026", Value = 2 }, TableUpdateMode.Replace);

        Assert.Equal(new DecisionNumber(2026, 6), await NewStore().NextNumberAsync("restart", 2026, default));
    }

    [Fact]
    public async Task Two_instances_taking_turns_meet_each_others_numbers_at_most_once_a_turn()
    {
        var (first, second) = (NewStore(), NewStore());
        for (var i = 0; i < 3; i++)
        {
            await ProposeAsync(first, "turns", 2026);
        }

        // The second starts where the first got to; the first, still numbering from memory, meets that once and then
        // reads how far the second got rather than trying its numbers one by one.
        for (var i = 0; i < 20; i++)
        {
            await ProposeAsync(second, "turns", 2026);
        }

        var (number, attempts) = await ProposeCountingAsync(first, "turns", 2026);
        Assert.Equal(new DecisionNumber(2026, 24), number);
        Assert.InRange(attempts, 1, 2);

        // After a pause it reads where the community's numbering is before it proposes.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await ProposeAsync(second, "turns", 2026);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal((new DecisionNumber(2026, 26), 1), await ProposeCountingAsync(first, "turns", 2026));
    }

    [Fact]
    public async Task A_number_taken_and_not_used_goes_to_the_next_proposal_so_that_none_is_skipped()
    {
        var store = NewStore();
        var failed = await store.NextNumberAsync("given-back", 2026, default);
        var stored = await ProposeAsync(store, "given-back", 2026);
        store.GiveBackNumber("given-back", failed);

        Assert.Equal([1, 2], [failed.Sequence, stored.Sequence]);
        Assert.Equal(failed, await ProposeAsync(store, "given-back", 2026));
        Assert.Equal(new DecisionNumber(2026, 3), await ProposeAsync(store, "given-back", 2026));
    }

    [Fact]
    public async Task Decisions_list_newest_first_and_stay_in_their_community()
    {
        var store = new DecisionStore(storage.Tables, new DecisionCache(TimeProvider.System), NullLogger<DecisionStore>.Instance);
        foreach (var (year, seq) in new[] { (2025, 9), (2026, 2), (2026, 10), (2026, 1) })
        {
            await store.AddAsync("listing", Decisions.DecisionRecordTests.Decision() with { Number = new DecisionNumber(year, seq) }, default);
        }

        await store.AddAsync("listing-other", Decisions.DecisionRecordTests.Decision(), default);

        var listed = await store.ListAsync("listing", default);

        Assert.Equal(["B-2026-010", "B-2026-002", "B-2026-001", "B-2025-009"], listed.Select(d => d.Number.ToString()));
    }

    [Fact]
    public async Task The_open_decisions_due_within_a_window_are_those_of_the_community_open_and_due_in_it()
    {
        var store = new DecisionStore(storage.Tables, new DecisionCache(TimeProvider.System), NullLogger<DecisionStore>.Instance);
        var now = DateTimeOffset.Parse("2026-12-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        Decision Due(int sequence, TimeSpan fromNow, DecisionStatus status = DecisionStatus.Proposed) => Decisions.DecisionRecordTests.Decision(status) with
        {
            Number = new DecisionNumber(2026, sequence),
            Draft = Decisions.DecisionRecordTests.Draft(deadline: now + fromNow),
        };

        foreach (var decision in new[]
                 {
                     Due(1, TimeSpan.FromHours(1)), Due(2, TimeSpan.FromHours(24)), Due(3, TimeSpan.FromHours(25)), Due(4, TimeSpan.FromHours(-1)),
                     Due(5, TimeSpan.Zero), Due(6, TimeSpan.FromHours(2), DecisionStatus.Accepted), Due(7, TimeSpan.FromHours(23)),
                 })
        {
            await store.AddAsync("due-window", decision, default);
        }

        await store.AddAsync("due-window-other", Due(8, TimeSpan.FromHours(3)), default);

        var due = await store.OpenWithDeadlineAsync("due-window", now, now.AddHours(24), default);

        Assert.Equal(["B-2026-001", "B-2026-002", "B-2026-007"], due.Select(d => d.Number.ToString()).Order());
    }

    [Fact]
    public async Task A_decision_round_trips_with_every_field()
    {
        var store = new DecisionStore(storage.Tables, new DecisionCache(TimeProvider.System), NullLogger<DecisionStore>.Instance);
        var decision = Decisions.DecisionRecordTests.Decision() with
        {
            Number = new DecisionNumber(2026, 77),
            Status = DecisionStatus.Superseded,
            SupersededBy = new DecisionNumber(2026, 78),
            ClosedAt = DateTimeOffset.Parse("2026-12-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            ClosedByName = "Karen",
            CloseReason = RuleReason.RecordedByHand,
            OutcomeText = "Vedtaget",
            CardActivityId = "1234",
            CardConversationId = "19:x;messageid=1234",
            Draft = Decisions.DecisionRecordTests.Draft(supersedes: new DecisionNumber(2025, 3)) with { Rule = new DecisionRule(RuleKind.Unanimous, 60) },
        };

        await store.AddAsync("roundtrip", decision, default);

        Assert.Equal(decision, await store.GetAsync("roundtrip", decision.Number, default));
    }

    [Fact]
    public async Task A_votes_reading_comes_from_this_instances_cache_only_while_the_record_is_unchanged_and_for_its_lifetime()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-27T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var here = new DecisionStore(storage.Tables, new DecisionCache(time), NullLogger<DecisionStore>.Instance);
        var elsewhere = new DecisionStore(storage.Tables, new DecisionCache(time), NullLogger<DecisionStore>.Instance);
        var decision = Decisions.DecisionRecordTests.Decision() with { Number = new DecisionNumber(2026, 5) };
        await here.AddAsync("cached", decision, default);

        // Another instance records a vote: here it is not seen until the reading is older than its lifetime.
        var read = (await elsewhere.LoadAsync("cached", decision.Number, default))!;
        Assert.True(await elsewhere.SaveAsync("cached", read,
            new DecisionChange(null, new Vote("aad-bob", "Bob", VoteChoice.Approve, null, time.GetUtcNow()), []), default));
        var soon = await here.LoadForVoteAsync("cached", decision.Number, default);
        time.Advance(DecisionCache.Lifetime);
        var later = await here.LoadForVoteAsync("cached", decision.Number, default);

        // Another instance closes the decision: here that is seen at once.
        await elsewhere.UpdateAsync("cached", decision.Number, d => d with { Status = DecisionStatus.Rejected }, default);
        var closed = await here.LoadForVoteAsync("cached", decision.Number, default);

        Assert.Empty(soon!.Votes);
        Assert.Equal("aad-bob", Assert.Single(later!.Votes).VoterId);
        Assert.Equal(DecisionStatus.Rejected, closed!.Decision.Status);
    }

    [Fact]
    public async Task A_vote_over_a_row_removed_since_it_was_read_is_a_lost_race_to_read_again_not_an_error()
    {
        var store = new DecisionStore(storage.Tables, new DecisionCache(TimeProvider.System), NullLogger<DecisionStore>.Instance);
        var decision = Decisions.DecisionRecordTests.Decision() with { Number = new DecisionNumber(2026, 6) };
        await store.AddAsync("removed", decision, default);
        var read = (await store.LoadAsync("removed", decision.Number, default))!;
        Assert.True(await store.SaveAsync("removed", read, new DecisionChange(null, new Vote("aad-bob", "Bob", VoteChoice.Approve, null, DateTimeOffset.UtcNow), []), default));
        var withVote = (await store.LoadAsync("removed", decision.Number, default))!;

        // An erasure moves Bob's row to his pseudonym: the row read is gone.
        var table = storage.Tables[TableNames.Decisions];
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>($"PartitionKey eq '{TableKey.Escape("removed")}' and Kind eq 'vote'"))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }

        Assert.False(await store.SaveAsync("removed", withVote, new DecisionChange(null, new Vote("aad-bob", "Bob", VoteChoice.Reject, null, DateTimeOffset.UtcNow), []), default));
    }

    [Fact]
    public async Task A_new_decision_is_one_row_and_its_history_begins_with_its_proposal()
    {
        var decision = Decisions.DecisionRecordTests.Decision() with { Number = new DecisionNumber(2026, 8) };
        await new DecisionStore(storage.Tables, new DecisionCache(TimeProvider.System), NullLogger<DecisionStore>.Instance).AddAsync("one-row", decision, default);

        var rows = await storage.Tables[TableNames.Decisions].QueryAsync<Azure.Data.Tables.TableEntity>($"PartitionKey eq '{TableKey.Escape("one-row")}'")
            .ToListAsync();
        var history = await new DecisionStore(storage.Tables, new DecisionCache(TimeProvider.System), NullLogger<DecisionStore>.Instance).AuditAsync("one-row", decision.Number, default);

        Assert.Equal(DecisionRowEntity.DecisionKind, Assert.Single(rows).GetString(nameof(DecisionRowEntity.Kind)));
        Assert.Equal(new AuditEntry(decision.Number, AuditAction.Proposed, decision.ProposerName, decision.ProposedAt, null), Assert.Single(history));
    }

    [Fact]
    public async Task A_decision_stored_with_its_proposal_as_a_row_of_its_own_shows_the_proposal_once()
    {
        // As releases before 8 stored a proposal: the record and, in the same partition, a history row for it.
        var store = new DecisionStore(storage.Tables, new DecisionCache(TimeProvider.System), NullLogger<DecisionStore>.Instance);
        var decision = Decisions.DecisionRecordTests.Decision() with { Number = new DecisionNumber(2026, 9) };
        await store.AddAsync("proposal-row", decision, default);
        await store.AppendAuditAsync("proposal-row", default, decision.ProposalEntry() with { ActorName = "Alice (row)" },
            new AuditEntry(decision.Number, AuditAction.Closed, "Karen", decision.ProposedAt.AddDays(1), "Accepted"));

        var history = await new DecisionStore(storage.Tables, new DecisionCache(TimeProvider.System), NullLogger<DecisionStore>.Instance).AuditAsync("proposal-row", decision.Number, default);

        Assert.Equal([(AuditAction.Proposed, "Alice (row)"), (AuditAction.Closed, "Karen")], history.Select(h => (h.Action, h.ActorName)));
    }

    [Fact]
    public async Task A_proposal_whose_insert_answer_was_lost_is_the_decision_stored_and_another_under_its_number_is_refused()
    {
        var store = new DecisionStore(storage.Tables, new DecisionCache(TimeProvider.System), NullLogger<DecisionStore>.Instance);
        var decision = Decisions.DecisionRecordTests.Decision() with { Number = new DecisionNumber(2026, 10) };
        var first = await store.AddAsync("lost-answer", decision, default);

        // The table client's retry of the same insert meets the row it wrote.
        var again = await store.AddAsync("lost-answer", decision, default);
        var other = await Assert.ThrowsAsync<DecisionNumberTakenException>(() =>
            store.AddAsync("lost-answer", decision with { ProposerName = "Mallory" }, default));

        Assert.Equal(first.ETag, again.ETag);
        Assert.Equal(409, other.Status);
        Assert.Equal(decision, await store.GetAsync("lost-answer", decision.Number, default));
    }

    [Fact]
    public async Task A_persons_changes_of_vote_keep_their_first_votes_and_the_latest_in_a_row_of_bounded_size()
    {
        var (store, decision) = await OneDecisionAsync("changes", 7);

        // Forty votes by one person: the first and 39 changes.
        for (var i = 0; i < 40; i++)
        {
            var read = (await store.LoadAsync("changes", decision.Number, default))!;
            Assert.True(await store.SaveAsync("changes", read, new DecisionChange(null, BobsVote(i), []), default));
        }

        var shown = (await store.AuditAsync("changes", decision.Number, default)).Where(e => e.ActorName == "Bob").ToList();
        var row = (await storage.Tables[TableNames.Decisions].QueryAsync<Azure.Data.Tables.TableEntity>(
            $"PartitionKey eq '{TableKey.Escape("changes")}' and Kind eq 'vote'").ToListAsync()).Single();

        // The first 31 votes, the one the latest change replaced, and the latest.
        Assert.Equal([.. Enumerable.Range(0, 31).Select(i => $"nr. {i}"), "nr. 38", "nr. 39"], shown.Select(e => e.Comment));
        Assert.Equal(AuditAction.Voted, shown[0].Action);
        Assert.All(shown.Skip(1), e => Assert.Equal(AuditAction.VoteChanged, e.Action));
        Assert.Equal(32, row.Keys.Count(k => k.StartsWith("Earlier", StringComparison.Ordinal) && k != "Earlier"));
    }

    [Fact]
    public async Task A_vote_row_an_earlier_release_filled_past_todays_bound_keeps_every_vote_it_holds_when_changed_again()
    {
        // Releases before 2026-12 kept up to 200 earlier votes in the row, under the same names as now.
        var (store, decision) = await OneDecisionAsync("earlier-release", 8);
        var old = StoreLayout.Stamp(new Azure.Data.Tables.TableEntity(TableKey.Escape("earlier-release"), "7973-999991|v|aad-bob")
        {
            ["Kind"] = "vote", ["Json"] = RecordJson.Write(BobsVote(45)), ["Earlier"] = 45,
        });
        for (var i = 0; i < 45; i++)
        {
            old[$"Earlier{i:000}"] = RecordJson.Write(BobsVote(i));
        }

        await storage.Tables[TableNames.Decisions].AddEntityAsync(old);

        var read = (await store.LoadAsync("earlier-release", decision.Number, default))!;
        var before = (await store.AuditAsync("earlier-release", decision.Number, default)).Where(e => e.ActorName == "Bob").Select(e => e.Comment).ToList();
        Assert.True(await store.SaveAsync("earlier-release", read, new DecisionChange(null, BobsVote(46), []), default));
        var after = (await store.AuditAsync("earlier-release", decision.Number, default)).Where(e => e.ActorName == "Bob").Select(e => e.Comment).ToList();

        Assert.Equal(Enumerable.Range(0, 46).Select(i => $"nr. {i}"), before);
        // Still 45 earlier votes: the last slot now holds the vote the change replaced.
        Assert.Equal([.. Enumerable.Range(0, 44).Select(i => $"nr. {i}"), "nr. 45", "nr. 46"], after);
    }

    /// <summary>Bob's <paramref name="i"/>th vote: approving and rejecting in turn, a minute apart, numbered in its comment.</summary>
    private static Vote BobsVote(int i) => new("aad-bob", "Bob", i % 2 == 0 ? VoteChoice.Approve : VoteChoice.Reject, $"nr. {i}",
        DateTimeOffset.Parse("2026-11-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture).AddMinutes(i));

    private async Task<(DecisionStore Store, Decision Decision)> OneDecisionAsync(string community, int sequence)
    {
        var store = new DecisionStore(storage.Tables, new DecisionCache(TimeProvider.System), NullLogger<DecisionStore>.Instance);
        var decision = Decisions.DecisionRecordTests.Decision() with { Number = new DecisionNumber(2026, sequence) };
        await store.AddAsync(community, decision, default);
        return (store, decision);
    }

    private DecisionStore NewStore() => new(storage.Tables, new DecisionCache(TimeProvider.System), NullLogger<DecisionStore>.Instance);

    /// <summary>A proposal as the bot makes one: the next number, and the next again while another decision has it.</summary>
    private static async Task<DecisionNumber> ProposeAsync(DecisionStore store, string community, int year) =>
        (await ProposeCountingAsync(store, community, year)).Number;

    private static async Task<(DecisionNumber Number, int Attempts)> ProposeCountingAsync(DecisionStore store, string community, int year)
    {
        for (var attempt = 1; ; attempt++)
        {
            var number = await store.NextNumberAsync(community, year, default);
            try
            {
                var decision = Decisions.DecisionRecordTests.Decision() with { Number = number, ProposerName = Guid.NewGuid().ToString("N") };
                return ((await store.AddAsync(community, decision, default)).Decision.Number, attempt);
            }
            catch (DecisionNumberTakenException)
            {
            }
        }
    }
}
