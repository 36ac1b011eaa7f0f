// Bomb clicker: click the bomb to play its explosion animation; when the animation ends a new bomb appears at the next spot, and the number of exploded bombs is shown.
class BombScene extends Phaser.Scene {
    constructor() {
        super('BombScene');
        this.spots = [[200, 200], [600, 180], [400, 420], [150, 450], [650, 430]];
    }

    preload() {
        const g = this.make.graphics({ add: false });
        g.fillStyle(0x212121, 1).fillCircle(32, 36, 24);
        g.lineStyle(4, 0x8d6e63, 1).lineBetween(40, 14, 50, 4);
        g.fillStyle(0xffeb3b, 1).fillCircle(52, 4, 4);
        g.generateTexture('bomb', 64, 64);
        for (let i = 0; i < 6; i++) {
            g.clear();
            g.fillStyle(0xff5722, 1 - i * 0.12).fillCircle(32, 32, 10 + i * 4);
            g.fillStyle(0xffeb3b, 1 - i * 0.15).fillCircle(32, 32, 5 + i * 3);
            g.generateTexture('boom' + i, 64, 64);
        }
        g.destroy();
    }

    create() {
        this.anims.create({
            key: 'explode',
            frames: [0, 1, 2, 3, 4, 5].map((i) => ({ key: 'boom' + i })),
            frameRate: 14,
            hideOnComplete: true
        });

        this.data.set('exploded', 0);
        this.spotIndex = 0;
        this.exploding = false;

        this.bomb = this.add.sprite(this.spots[0][0], this.spots[0][1], 'bomb').setInteractive({ useHandCursor: true });
        this.bomb.on('pointerdown', () => {
            if (this.exploding) return;
            this.exploding = true;
            this.bomb.play('explode');
            this.cameras.main.shake(200, 0.01);
        });
        this.bomb.on('animationcomplete-explode', () => {
            this.data.inc('exploded');
            this.time.delayedCall(400, () => this.respawn());
        });

        this.counter = this.add.text(16, 16, 'Bombs exploded: 0', { fontSize: '24px', color: '#ffffff' });
        this.data.events.on('changedata-exploded', (scene, value) => {
            this.counter.setText('Bombs exploded: ' + value);
        });
    }

    respawn() {
        this.spotIndex = (this.spotIndex + 1) % this.spots.length;
        const [x, y] = this.spots[this.spotIndex];
        this.bomb.setTexture('bomb').setPosition(x, y).setVisible(true);
        this.exploding = false;
    }
}

new Phaser.Game({
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#455a64',
    scene: BombScene
});
