package dev.newsgraph.gateway.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.newsgraph.gateway.batch.IdBatches;
import dev.newsgraph.gateway.errors.ServiceFailures;
import io.smallrye.mutiny.Uni;

/** Batch lookup of entities by id; a merged id finds the entity it was merged into. */
public final class EntityLookup {

    private EntityLookup() {
    }

    public static Uni<Map<String, Entity>> byIds(EntityServiceClient entities, List<String> ids) {
        return IdBatches.lookup(ids, csv -> entities.entities(csv).map(batch -> {
            Map<String, Entity> byId = new HashMap<>();
            for (Entity entity : batch.items()) {
                byId.put(entity.id(), entity);
                if (entity.mergedIds() != null) {
                    entity.mergedIds().forEach(merged -> byId.put(merged, entity));
                }
            }
            return byId;
        })).onFailure().transform(ServiceFailures.entityRead());
    }
}
