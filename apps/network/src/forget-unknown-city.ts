import { buildCity, chosenCity, setChosenCity } from "@engagiert/ui/city-choice";
import { readError } from "@engagiert/ui/errors";
import { useCityConfig } from "@engagiert/ui/session";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

/**
 * A city chosen earlier may have stopped running the platform: every request would then be
 * refused. The choice is forgotten, and the API's default city answers again.
 */
export function useForgetUnknownCity() {
  const config = useCityConfig();
  const queryClient = useQueryClient();
  const isUnknownCity =
    config.isError && readError(config.error).code === "NOT_FOUND" && chosenCity() !== null;
  useEffect(() => {
    if (!isUnknownCity || buildCity()) return;
    setChosenCity(null);
    void queryClient.resetQueries();
  }, [isUnknownCity, queryClient]);
}
