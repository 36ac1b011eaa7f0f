// A purple square with a white outline in the middle of the canvas.
class SquareScene extends Phaser.Scene
{
    preload ()
    {
    }

    create ()
    {
        const graphics = this.add.graphics();
        graphics.fillStyle(0x9b59b6, 1);
        graphics.fillRect(340, 240, 120, 120);
        graphics.lineStyle(4, 0xffffff, 1);
        graphics.strokeRect(340, 240, 120, 120);
    }
}

const config = {
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#1d2b53',
    scene: [ SquareScene ]
};

const game = new Phaser.Game(config);
