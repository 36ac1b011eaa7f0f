// Parallax scroller: three tileSprite layers (stars, mountains, ground) scroll at different rates to give depth; UP and DOWN change the scrolling speed between 0 and 10, shown on screen.
const FACTORS = [0.2, 0.5, 1];

class ParallaxScene extends Phaser.Scene {
    constructor() {
        super('Parallax');
    }

    preload() {
        const g = this.make.graphics({ add: false });
        g.fillStyle(0x0d0d2b).fillRect(0, 0, 256, 320);
        g.fillStyle(0xffffff);
        for (let i = 0; i < 30; i++) g.fillRect((i * 71) % 256, (i * 37) % 320, 2, 2);
        g.generateTexture('stars', 256, 320);
        g.clear();
        g.fillStyle(0x5c6bc0);
        g.fillTriangle(0, 200, 90, 40, 180, 200);
        g.fillTriangle(120, 200, 200, 80, 256, 200);
        g.generateTexture('mountains', 256, 200);
        g.clear();
        g.fillStyle(0x388e3c).fillRect(0, 0, 128, 120);
        g.fillStyle(0x2e7d32).fillRect(0, 0, 64, 20);
        g.fillStyle(0x795548).fillRect(30, 50, 20, 12);
        g.generateTexture('ground', 128, 120);
        g.destroy();
    }

    create() {
        this.speed = 2;
        const far = this.add.tileSprite(0, 0, 800, 320, 'stars').setOrigin(0, 0);
        const mid = this.add.tileSprite(0, 280, 800, 200, 'mountains').setOrigin(0, 0);
        const near = this.add.tileSprite(0, 480, 800, 120, 'ground').setOrigin(0, 0);
        this.layers = [far, mid, near].map((sprite, i) => ({ sprite, factor: FACTORS[i] }));

        this.runner = this.add.rectangle(200, 455, 30, 50, 0xffca28);
        this.tweens.add({ targets: this.runner, y: 440, duration: 180, yoyo: true, repeat: -1 });

        this.label = this.add.text(16, 16, '', { fontSize: '22px', color: '#ffffff' });
        this.add.text(16, 44, 'UP / DOWN: change speed', { fontSize: '16px', color: '#c5cae9' });
        this.showSpeed();

        const cursors = this.input.keyboard.createCursorKeys();
        cursors.up.on('down', () => this.changeSpeed(1));
        cursors.down.on('down', () => this.changeSpeed(-1));
    }

    changeSpeed(step) {
        this.speed = Phaser.Math.Clamp(this.speed + step, 0, 10);
        this.showSpeed();
    }

    showSpeed() {
        this.label.setText('Speed: ' + this.speed);
    }

    update(time, delta) {
        const frames = delta / (1000 / 60);
        for (const layer of this.layers) {
            layer.sprite.tilePositionX += this.speed * layer.factor * frames;
        }
    }
}

new Phaser.Game({
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#000000',
    scene: ParallaxScene
});
