package dev.newsgraph.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ClientBudgetsTest {

    private final AtomicLong now = new AtomicLong();
    private final ClientBudgets budgets = new ClientBudgets(600, now::get);

    @Test
    void aClientSpendsItsMinutesWorthThenWaitsForTheRefill() {
        assertTrue(budgets.spend("a", 500).allowed());
        ClientBudgets.Spending refused = budgets.spend("a", 200);
        assertFalse(refused.allowed());
        assertEquals(100, refused.remaining());
        assertEquals(10, refused.retryAfterSeconds(), "100 points short at 10 points a second");
        now.addAndGet(10_000_000_000L);
        assertTrue(budgets.spend("a", 200).allowed());
    }

    @Test
    void clientsHaveTheirOwnBudgetsAndNoOperationCostsMoreThanAMinute() {
        assertTrue(budgets.spend("a", 600).allowed());
        assertTrue(budgets.spend("b", 600).allowed());
        assertFalse(budgets.spend("c", 601).allowed());
        now.addAndGet(3_600_000_000_000L);
        assertEquals(0, budgets.spend("a", 600).remaining(), "the refill stops at one minute's worth");
    }

    @Test
    void refusedRequestsAreChargedUntilTheClientIsTurnedAwayUnread() {
        assertTrue(budgets.check("a").allowed());
        budgets.charge("a", 590);
        assertTrue(budgets.check("a").allowed());
        budgets.charge("a", 100);
        ClientBudgets.Spending turnedAway = budgets.check("a");
        assertFalse(turnedAway.allowed());
        assertEquals(10, turnedAway.retryAfterSeconds(), "90 points in debt, and one more, at 10 points a second");
        assertTrue(budgets.check("b").allowed(), "other clients keep their budget");
        now.addAndGet(9_000_000_000L);
        assertFalse(budgets.check("a").allowed());
        now.addAndGet(1_000_000_000L);
        assertTrue(budgets.check("a").allowed());
    }

    @Test
    void refusedRequestsRunUpADebtThatKeepsTheClientAwayUntilTheRefillPaysItOff() {
        for (int i = 0; i < 10; i++) {
            budgets.charge("a", 200);
        }
        ClientBudgets.Spending turnedAway = budgets.check("a");
        assertFalse(turnedAway.allowed());
        assertEquals(61, turnedAway.retryAfterSeconds(), "a debt of one minute's worth (the bound) and one point more");
        now.addAndGet(30_000_000_000L);
        assertFalse(budgets.check("a").allowed(), "half the debt paid off");
        now.addAndGet(31_000_000_000L);
        assertTrue(budgets.check("a").allowed());
    }
}
