// Colour picker: click or drag along a hue bar to choose a hue; a preview swatch shows the colour and its hex code, and Enter saves it to a row of recent colours.
const BAR = { x: 100, y: 120, w: 600, h: 40 };

function create() {
    this.add.text(400, 50, 'Pick a colour', { fontSize: '32px', color: '#ffffff' }).setOrigin(0.5);

    const bar = this.add.graphics();
    for (let i = 0; i < BAR.w; i++) {
        bar.fillStyle(Phaser.Display.Color.HSVToRGB(i / BAR.w, 1, 1).color, 1);
        bar.fillRect(BAR.x + i, BAR.y, 1, BAR.h);
    }
    bar.lineStyle(2, 0xffffff, 1).strokeRect(BAR.x, BAR.y, BAR.w, BAR.h);

    this.marker = this.add.triangle(BAR.x, BAR.y + BAR.h + 12, 0, 12, 8, 0, 16, 12, 0xffffff);
    this.preview = this.add.rectangle(400, 300, 220, 140, 0xff0000).setStrokeStyle(4, 0xffffff);
    this.label = this.add.text(400, 400, '', { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    this.add.text(400, 470, 'Enter: save colour', { fontSize: '16px', color: '#aaaaaa' }).setOrigin(0.5);
    this.recent = [];
    this.recentRow = this.add.container(400, 530);

    const zone = this.add.zone(BAR.x, BAR.y - 10, BAR.w, BAR.h + 20).setOrigin(0).setInteractive();
    zone.on('pointerdown', (pointer) => pickAt.call(this, pointer.x));
    zone.on('pointermove', (pointer) => {
        if (pointer.isDown) pickAt.call(this, pointer.x);
    });

    this.input.keyboard.on('keydown-ENTER', () => {
        this.recent.unshift(this.preview.fillColor);
        this.recent = this.recent.slice(0, 6);
        this.recentRow.removeAll(true);
        this.recent.forEach((c, i) => {
            this.recentRow.add(this.add.rectangle((i - 2.5) * 60, 0, 48, 48, c).setStrokeStyle(2, 0xffffff));
        });
    });

    pickAt.call(this, BAR.x);
}

function pickAt(x) {
    const t = Phaser.Math.Clamp((x - BAR.x) / BAR.w, 0, 0.999);
    this.hue = Math.round(t * 360);
    const rgb = Phaser.Display.Color.HSVToRGB(this.hue, 1, 1);
    this.preview.setFillStyle(rgb.color);
    this.marker.x = BAR.x + t * BAR.w;
    const hex = Phaser.Display.Color.RGBToString(rgb.r, rgb.g, rgb.b, 255, '#');
    this.label.setText(`Hue ${this.hue}°   ${hex.toUpperCase()}`);
}

new Phaser.Game({
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#222831',
    scene: { create: create }
});
