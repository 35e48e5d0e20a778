package io.github.zhstat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.invoke.MethodType;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library links against the oldest Guava we promise: every Guava class, method and field
 * that the compiled classes refer to exists, with the same descriptor, in the floor Guava jar
 * (the build copies it to {@code guava.floor.jar}: Hadoop 3's 27.0-jre; Spark 4.0 ships 33.4).
 * We compile against a newer Guava, so an overload or a class added since would link here and
 * fail with NoSuchMethodError on a host that ships the floor.
 */
class GuavaFloorTest {
    private static final Pattern REFERENCE = Pattern.compile(
            "= (Class|Methodref|InterfaceMethodref|Fieldref) +\\S+ +// (com/google/common/[^.:\\s]+)(?:\\.\"?([^\":]+)\"?:(\\S+))?");

    @Test
    void everyGuavaMemberTheLibraryUsesExistsInTheFloorVersion() throws Exception {
        String floor = System.getProperty("guava.floor.jar");
        assertThat(floor).as("system property guava.floor.jar (set by the Maven build)").isNotNull();
        Set<String> references = guavaReferences(Path.of(ZhStat.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        assertThat(references).as("Guava references of the library").isNotEmpty();

        List<String> missing = new ArrayList<>();
        try (URLClassLoader guava = new URLClassLoader(new URL[] {Path.of(floor).toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (String reference : references) {
                if (!resolves(guava, reference)) {
                    missing.add(reference);
                }
            }
        }
        assertThat(missing).as("Guava members missing from " + floor).isEmpty();
    }

    /** Returns {@code owner}, {@code owner.name:descriptor} for every Guava entry of the classes' constant pools. */
    private static Set<String> guavaReferences(Path classes) throws IOException {
        List<String> files = new ArrayList<>(List.of("-v"));
        try (Stream<Path> walk = Files.walk(classes)) {
            walk.filter(f -> f.toString().endsWith(".class")).filter(GuavaFloorTest::mentionsGuava)
                    .forEach(f -> files.add(f.toString()));
        }
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out);
        int status = ToolProvider.findFirst("javap").orElseThrow().run(writer, writer, files.toArray(String[]::new));
        writer.flush();
        assertThat(status).as(out.toString()).isZero();
        Set<String> references = new TreeSet<>();
        Matcher m = REFERENCE.matcher(out.toString());
        while (m.find()) {
            references.add(m.group(3) == null ? m.group(2) : m.group(2) + "." + m.group(3) + ":" + m.group(4));
        }
        return references;
    }

    private static boolean mentionsGuava(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains("com/google/common/");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean resolves(ClassLoader guava, String reference) {
        int dot = reference.indexOf('.');
        String owner = (dot < 0 ? reference : reference.substring(0, dot)).replace('/', '.');
        Class<?> type;
        try {
            type = Class.forName(owner, false, guava);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
        if (dot < 0) {
            return true;
        }
        String name = reference.substring(dot + 1, reference.indexOf(':'));
        String descriptor = reference.substring(reference.indexOf(':') + 1);
        // as the JVM resolves a member: the class, then its superclasses and interfaces
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (declares(c, name, descriptor)) {
                return true;
            }
            if (c.getSuperclass() != null) {
                todo.add(c.getSuperclass());
            }
            todo.addAll(List.of(c.getInterfaces()));
        }
        return false;
    }

    private static boolean declares(Class<?> c, String name, String descriptor) {
        if (!descriptor.startsWith("(")) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name) && f.getType().descriptorString().equals(descriptor)) {
                    return true;
                }
            }
            return false;
        }
        List<Executable> executables = new ArrayList<>(List.of(c.getDeclaredMethods()));
        executables.addAll(List.of(c.getDeclaredConstructors()));
        for (Executable e : executables) {
            boolean constructor = !(e instanceof Method);
            Class<?> returns = constructor ? void.class : ((Method) e).getReturnType();
            if ((constructor ? "<init>" : e.getName()).equals(name)
                    && MethodType.methodType(returns, e.getParameterTypes()).toMethodDescriptorString().equals(descriptor)) {
                return true;
            }
        }
        return false;
    }
}
