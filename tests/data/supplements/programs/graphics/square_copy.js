// The same program with other colours: a near-duplicate of square.js.
class SquareScene extends Phaser.Scene
{
    preload ()
    {
    }

    create ()
    {
        const graphics = this.add.graphics();
        graphics.fillStyle(0x27ae60, 1);
        graphics.fillRect(300, 200, 100, 100);
        graphics.lineStyle(2, 0x000000, 1);
        graphics.strokeRect(300, 200, 100, 100);
    }
}

const config = {
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#102030',
    scene: [ SquareScene ]
};

const game = new Phaser.Game(config);
