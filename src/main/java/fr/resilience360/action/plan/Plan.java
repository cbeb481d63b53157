package fr.resilience360.action.plan;

/** A territory's action plan: its title and the weights of the prioritisation criteria. One per territory. */
public record Plan(long id, String territoryId, String title, Weights weights) {}
